import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One benchmark figure and the reference it is compared with, measured in the same run. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  reference?: { name: string; value: number };
  /** value / reference; the target says which side of 1 is good. */
  ratio?: number;
  /** What the issue asks for, in words, and whether it is met. */
  target?: { text: string; met: boolean };
  notes?: string;
}

const figures: Figure[] = [];

function fmt(v: number): string {
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** Records a figure and prints it on one line: value, reference, ratio, target. */
export function report(f: Figure): Figure {
  figures.push(f);
  const parts = [`${f.name}: ${fmt(f.value)} ${f.unit}`];
  if (f.reference) parts.push(`reference ${f.reference.name}: ${fmt(f.reference.value)} ${f.unit}`);
  if (f.ratio !== undefined) parts.push(`ratio ${f.ratio >= 0.1 ? f.ratio.toFixed(2) : f.ratio.toPrecision(2)}x`);
  if (f.target) parts.push(`target ${f.target.text}: ${f.target.met ? 'met' : 'NOT met'}`);
  if (f.notes) parts.push(f.notes);
  console.log(parts.join(' | '));
  return f;
}

/** Records a figure beside its same-run reference with their ratio; `target` judges the value and the ratio. */
export function compare(f: {
  name: string;
  unit: string;
  value: number;
  reference: { name: string; value: number };
  target?: { text: string; met: (value: number, ratio: number) => boolean };
  notes?: string;
}): Figure {
  const ratio = f.value / f.reference.value;
  const target = f.target && { text: f.target.text, met: f.target.met(f.value, ratio) };
  return report({ name: f.name, value: f.value, unit: f.unit, reference: f.reference, ratio, target, notes: f.notes });
}

/** Writes every recorded figure to bench/results.json. */
export function writeResults(root = process.cwd(), extra: Record<string, unknown> = {}): string {
  const file = path.join(root, 'bench', 'results.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...extra, figures }, null, 2) + '\n');
  return file;
}

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
