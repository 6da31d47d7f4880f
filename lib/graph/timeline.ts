// Dates on facts (transfers, agreements, claims, events) placed on a time axis; brushing a period
// filters the graph. Dates arrive as loosely formatted strings, so parsing is forgiving.
import { localeOf, type Lang } from '../i18n/lang';

const MONTHS: Record<string, number> = {
  janvier: 1, january: 1, jan: 1, fevrier: 2, february: 2, feb: 2, fev: 2, mars: 3, march: 3, mar: 3,
  avril: 4, april: 4, apr: 4, avr: 4, mai: 5, may: 5, juin: 6, june: 6, jun: 6, juillet: 7, july: 7, jul: 7,
  aout: 8, august: 8, aug: 8, septembre: 9, september: 9, sep: 9, sept: 9, octobre: 10, october: 10, oct: 10,
  novembre: 11, november: 11, nov: 11, decembre: 12, december: 12, dec: 12,
};

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Parses "2024", "2024-10", "2024-10-18", ISO datetimes, "18 octobre 2024", "octobre 2024" to UTC ms; null otherwise. */
export function parseDate(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value > 1e11 ? value : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$/.exec(s);
  if (m) return utc(+m[1], m[2] ? +m[2] : 1, m[3] ? +m[3] : 1);
  m = /^(?:(\d{1,2})(?:er)?\s+)?([a-zé-û.]+)\s+(\d{4})$/i.exec(s);
  if (m) {
    const month = MONTHS[fold(m[2]).replace('.', '')];
    if (month) return utc(+m[3], month, m[1] ? +m[1] : 1);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return utc(+m[3], +m[2], +m[1]);
  return null;
}

function utc(y: number, mo: number, d: number): number | null {
  if (y < 1000 || y > 3000 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Date.UTC(y, mo - 1, d);
}

/** Labels whose dated nodes appear on the timeline. */
export const TIMELINE_LABELS = new Set(['Transfer', 'Agreement', 'Claim', 'Event']);

/** One dated fact on the axis. */
export interface TimelineItem {
  id: string;
  label: string;
  name: string;
  t: number;
}

/** Dated facts of a graph, oldest first. */
export function timelineItems(nodes: Iterable<{ id: string; nodeLabel: string; label: string; t: number | null }>): TimelineItem[] {
  const out: TimelineItem[] = [];
  for (const n of nodes) if (n.t !== null && TIMELINE_LABELS.has(n.nodeLabel)) out.push({ id: n.id, label: n.nodeLabel, name: n.label, t: n.t });
  return out.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
}

/** A closed time range in UTC ms. */
export type TimeRange = [number, number];

/** True when t is unknown (undated facts never hide) or inside the range. */
export function inRange(t: number | null, range: TimeRange | null): boolean {
  return t === null || range === null || (t >= range[0] && t <= range[1]);
}

/** Axis domain for items, padded so single dates still get width. */
export function timeDomain(items: TimelineItem[]): TimeRange | null {
  if (items.length === 0) return null;
  const min = items[0].t;
  const max = items[items.length - 1].t;
  const pad = Math.max((max - min) * 0.05, 15 * 86_400_000);
  return [min - pad, max + pad];
}

/** Tick marks for an axis: years, quarters or months depending on the span, labelled in `lang` with Intl. */
export function timeTicks(domain: TimeRange, maxTicks = 8, lang: Lang = 'en'): { t: number; text: string }[] {
  const [a, b] = domain;
  const start = new Date(a);
  const months = (b - a) / (30.44 * 86_400_000);
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => months / s <= maxTicks) ?? 240;
  const format = new Intl.DateTimeFormat(localeOf(lang), step >= 12 ? { year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const ticks: { t: number; text: string }[] = [];
  const y = start.getUTCFullYear();
  let m = step >= 12 ? 0 : Math.ceil(start.getUTCMonth() / step) * step;
  for (let i = 0; i < 200; i++) {
    const t = Date.UTC(y + Math.floor(m / 12), m % 12, 1);
    if (t > b) break;
    if (t >= a) ticks.push({ t, text: format.format(t) });
    m += step;
  }
  return ticks;
}
