// Reading spaCy's dependency trees and Trame's documents: the pieces the dependency transfer reader of
// compare.mjs stands on (a token's case marker, its children and subtree, a sentence's mentions, an endpoint).
export const ARGUMENT = /^(nsubj|nsubj:pass|obj|iobj|obl|obl:arg|obl:mod|obl:agent|nmod)$/;
// Nouns that turn a preposition into a compound marker: "à destination de", "au profit de", "en provenance de"...
export const MARKER_NOUNS = new Set(['destination', 'profit', 'provenance', 'part', 'intention', 'côtés', 'compte', 'faveur']);
export const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'");
const CASE_NORMAL = { au: 'à', aux: 'à', "a": 'à', du: 'de', des: 'de', "d'": 'de', "jusqu'": "jusqu'à", "jusqu'au": "jusqu'à", "jusqu'aux": "jusqu'à" };
export const caseOf = (toks, t) => {
  const cs = toks.filter((c) => c.head === t.i && c.i !== t.i && (c.dep === 'case' || c.dep === 'fixed')).map((c) => c.text.toLowerCase().replace('’', "'"));
  if (!cs.length) return '';
  const joined = cs.join(' ').replace("jusqu' au", "jusqu'au").replace("jusqu' à", "jusqu'à");
  return CASE_NORMAL[joined] ?? joined;
};
export const children = (toks, t) => toks.filter((c) => c.head === t.i && c.i !== t.i);
export function subtree(toks, t, stop = new Set(['acl:relcl', 'acl', 'conj', 'punct', 'appos', 'parataxis'])) {
  const out = [t];
  for (const c of children(toks, t)) if (!stop.has(c.dep)) out.push(...subtree(toks, c, stop));
  return out;
}
export const spanOf = (toks) => ({ start: Math.min(...toks.map((t) => t.idx)), end: Math.max(...toks.map((t) => t.idx + t.text.length)) });

/** The mentions of one sentence, from Trame's document (sentence-relative offsets). */
export function mentionsOf(doc, sid) {
  const out = [];
  for (const n of doc.nodes)
    if (['Country', 'Person', 'Organization', 'Location'].includes(n.label))
      for (const m of n.mentions) if (m.sentence === sid) out.push({ node: n, start: m.start, end: m.end });
  return out.sort((a, b) => a.start - b.start);
}
/** An actor node as a transfer endpoint, as Trame maps it: a place for its state, a person for the state of his role. */
export function endpointOf(doc, node) {
  if (!node) return undefined;
  const kind = node.properties?.kind;
  if (kind === 'media' || kind === 'think_tank') return undefined;
  if (node.label === 'Location') return typeof node.properties?.country === 'string' ? `country:${node.properties.country}` : undefined;
  if (node.label === 'Person') {
    const role = doc.relationships.find((r) => r.type === 'HOLDS_ROLE' && r.source === node.id && r.target.startsWith('country:'));
    return role ? role.target : node.id;
  }
  if (node.label === 'Organization' && typeof node.properties?.country === 'string' && node.properties.country.length === 2) return `country:${node.properties.country}`;
  return node.id;
}
