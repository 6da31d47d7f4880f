// Who a bare description ("le président ukrainien") stands for: someone of the article holding that role, else the one
// named just before when nothing ties him to another post or state.
import type { DocBuilder } from './builder';
import { countryId } from './countries';
import type { ArticleEntities } from './entities';
import { sentenceIndexOf } from './ids';
import { PERSONS } from './lexicon';
import type { RoleIndex } from './roles';
import { fold } from './text';

/** Where the description is read: the graph, the sentence's index, and the states people were tied to. */
export interface DescriptionScope {
  doc: DocBuilder;
  sentence: number;
  personCountry: Map<string, string>;
  /** A relative clause follows the description (", qui ..."): it tells more of someone known, it does not bring in someone new. */
  relative: boolean;
}

/** The person a description stands for ("le président ukrainien"): the one of this article holding that role, else the one named just before. */
export function resolveDescription(title: string, holder: string, roles: RoleIndex, state: ArticleEntities, scope: DescriptionScope): string | undefined {
  const t = fold(title);
  const holds = (r: { title: string; holder?: string; country?: string; org?: string }) => {
    const rt = fold(r.title);
    const h = r.holder ?? (r.country ? countryId(r.country) : r.org);
    return h === holder && (rt === t || rt.startsWith(t) || t.startsWith(rt));
  };
  for (const id of [...state.personsSeen].reverse()) {
    if ((roles.get(id) ?? []).some(holds)) return id;
    if ((PERSONS.get(id)?.roles ?? []).some(holds)) return id;
  }
  // "Reste l'ombre de Donald Trump. Le président américain, qui ...": a state's title that a relative clause goes on describing is
  // the one named last in this sentence or the one before, when he holds no post of his own and is tied to no other state.
  const last = state.personsSeen.at(-1);
  if (!last || !scope.relative || !holder.startsWith('country:') || roles.has(last) || PERSONS.get(last)?.roles.length) return undefined;
  const tied = scope.personCountry.get(last);
  if (tied && tied !== holder) return undefined;
  const recent = (scope.doc.nodes.get(last)?.mentions ?? []).some((m) => scope.sentence - sentenceIndexOf(m.sentence) <= 1);
  return recent ? last : undefined;
}
