import data from '../../data/lexicon/events.json';
import type { DocBuilder } from './builder';
import { actorMentions, clauseAround, countryOfActor, subjectBefore, type SentenceContext } from './context';
import type { PlacedFact } from './claims';
import { pattern } from './syntax/language';

// Lexicon entries are small regular expressions ("capturée?s?"); apostrophes match both forms.
const PATTERNS = Object.entries(data.kinds).map(([kind, words]) => ({
  kind,
  re: new RegExp(`(?<![\\p{L}])(?:${words.map((w) => w.replace(/'/g, "['’]")).join('|')})(?![\\p{L}])`, 'giu'),
}));

/** Reads events (invasion, strike, visit, veto, capture ...) with date, place and participants. */
export function extractEvents(doc: DocBuilder, ctx: SentenceContext, personCountry: Map<string, string>): PlacedFact[] {
  if (ctx.sentence.boilerplate || ctx.question) return [];
  const text = ctx.text;
  const sid = ctx.sentence.id;
  const placed: PlacedFact[] = [];
  const seen = new Set<number>();
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (seen.has(start)) continue;
      seen.add(start);
      const [cs, ce] = clauseAround(text, start);
      // "depuis le début de la guerre" is background, not an event; "visite" needs a place.
      const place = ctx.mentions.find((x) => x.start >= end && x.start - end <= 70 && (x.label === 'Location' || (x.label === 'Country' && x.via !== 'demonym') || x.via === 'coref') && pattern('event.placeBefore').test(text.slice(Math.max(end, x.start - 30), x.start)));
      if ((kind === 'visit' || kind === 'strike') && !place && !ctx.dates.some((d) => d.start >= cs && d.end <= ce)) continue;
      if (placed.some((f) => doc.nodes.get(f.id)?.properties.kind === kind && clauseAround(text, f.start)[0] === cs)) continue;
      // The date nearest the event word, preferring one that follows it ("frappe ... le 3 octobre").
      const date = ctx.dates
        .filter((d) => d.start >= cs && d.end <= ce && Math.abs(d.start - end) < 80)
        .sort((a, b) => (a.start >= end ? a.start - end : (end - a.end) * 2) - (b.start >= end ? b.start - end : (end - b.end) * 2))[0];
      const node = doc.fact('event', 'Event', text.slice(start, end).replace(/’/g, "'"), { kind, date: date?.date ?? null, dateText: date?.dateText ?? null, status: null });
      doc.mention(node.id, ctx.sentence, start, end);
      placed.push({ id: node.id, sentenceId: sid, start, end });
      if (place) {
        const target = place.label === 'Location' ? place.id : countryOfActor(doc, place.id, personCountry) ?? place.id;
        doc.rel('LOCATED_IN', node.id, target, [sid]);
      }
      const involved = new Map<string, string>();
      // "l'invasion de Vladimir Poutine", "l'invasion russe": the agent; "capturées par la Russie".
      const agent = actorMentions(ctx).concat(ctx.mentions.filter((x) => x.via === 'demonym')).find((x) => x.start >= end && x.start - end <= 12 && pattern('event.agentGap').test(text.slice(end, x.start)));
      const subject = kind === 'visit' || kind === 'veto' || kind === 'meeting' ? subjectBefore(ctx, start, cs) : [];
      for (const s of subject) involved.set(s.id, kind === 'visit' ? 'visitor' : 'actor');
      if (agent) {
        involved.set(agent.id.startsWith('country:') || agent.id.startsWith('person:') ? agent.id : agent.id, kind === 'invasion' ? 'aggressor' : 'actor');
        const c = countryOfActor(doc, agent.id, personCountry);
        if (c && c !== agent.id) involved.set(c, kind === 'invasion' ? 'aggressor' : 'actor');
      }
      if (kind === 'invasion' || kind === 'strike' || kind === 'capture') {
        // The other states of the sentence took part (the invaded country, the victims' state).
        for (const x of ctx.mentions) if (x.label === 'Country' && !involved.has(x.id)) involved.set(x.id, kind === 'invasion' ? 'target' : 'participant');
      }
      if (place && kind === 'visit') involved.set(countryOfActor(doc, place.id, personCountry) ?? place.id, 'host');
      // "a rencontré son homologue Choe Son-hui": the one met.
      if (kind === 'meeting') {
        const met = ctx.mentions.find((x) => x.label === 'Person' && x.start >= end && x.start - end <= 40);
        if (met && !involved.has(met.id)) involved.set(met.id, 'participant');
      }
      for (const [id, role] of involved) if (doc.nodes.has(id)) doc.rel('INVOLVED_IN', id, node.id, [sid], { role });
    }
  }
  return placed;
}
