/** Bodies named by a lower-case institution noun and their town ("l'université de Buenos Aires", "la cour d'appel de Lyon"), federated states ("l'État de São Paulo") and a parliament's committees. */
import { GAZETTEER, keyOf } from '../lexicon';
import { pattern } from '../syntax/language';
import { tokenize } from '../text';
import { recordBody } from './jointbodies';
import type { SentenceScan } from './types';

/** Records the bodies of a sentence named by an institution noun, "de" and a place (pattern org.placeBody), and the federated states (org.federatedState). */
export function recognizePlaceBodies(scan: SentenceScan): void {
  const { text } = scan;
  const federated = [...text.matchAll(pattern('org.federatedState', 'gu'))].map((m) => ({ m, not: 'Country' }));
  const placed = [...text.matchAll(pattern('org.placeBody', 'gu'))].map((m) => ({ m, not: 'Organization' }));
  for (const { m, not } of [...federated, ...placed]) record(scan, m, not);
}

/** Records a parliament's committees, named in lower case ("la commission des affaires étrangères du Sénat"), before the parliament alone is read. */
export function recognizeCommittees(scan: SentenceScan): void {
  for (const m of scan.text.matchAll(pattern('org.committee', 'gu'))) record(scan, m, '');
}

/** Records one body `m` names, unless the gazetteer reads the words after its noun as a `not` ("l'État d'Israël"). */
function record(scan: SentenceScan, m: RegExpMatchArray, not: string): void {
  // "l'hôpital de l'Otan", "le tribunal de la Cédéao": a body the gazetteer knows after "de" is the owner, not a town;
  // "l'État d'Israël", "l'État du Qatar": a sovereign state is no federated one.
  if (GAZETTEER.get(keyOf(tokenize(m[1])))?.label === not) return;
  recordBody(scan, m);
}
