import type { DocBuilder } from '../builder';
import { COUNTRIES, isoOf } from '../countries';
import { LOCATIONS, ORGS, PERSONS, type EntityLabel } from '../lexicon';

/** Creates the node for a lexicon entry the first time it is seen. */
export function ensureNode(doc: DocBuilder, id: string, label: EntityLabel): void {
  if (doc.nodes.has(id)) return;
  if (label === 'Country') {
    const c = COUNTRIES.get(isoOf(id)!)!;
    doc.node(id, 'Country', c.name, { iso2: c.iso2, iso3: c.iso3 }, [c.english]);
  } else if (label === 'Organization') {
    const o = ORGS.get(id)!;
    doc.node(id, 'Organization', o.name, { kind: o.kind, country: o.country ?? null }, o.aliases);
  } else if (label === 'Person') {
    const p = PERSONS.get(id)!;
    doc.node(id, 'Person', p.name, {}, p.aliases);
  } else {
    const l = LOCATIONS.get(id)!;
    doc.node(id, 'Location', l.name, { country: l.country ?? null });
  }
}
