// What a picture of the explorer's view holds, worked out from the graph and the filters alone: the map's
// subject, the articles to cite, and the caption (legend of what is drawn, filters, sources). The panel
// fetches the sources in between; the rest is pure, so the caption a user saves can be tested without a browser.
import type { ExplorerGraph } from '../graph/graphology';
import type { FilterState } from '../graph/filters';
import type { Lang } from '../i18n/lang';
import { buildCaption } from './caption';
import { captionText } from './caption-text';
import { describeFilters, legendEdges, visibleIds } from './scene';
import { articleIdsOfEdges } from './sources';
import type { CaptionModel, MapSubject, SourceArticle } from './types';

/** What the view is of, as the explorer knows it: a focus, a query, or neither. */
export interface ViewSubject {
  focus?: string | null;
  depth?: number;
  query?: string | null;
}

/** What a picture draws: the visible nodes and edges, and the ids of the articles behind the drawn edges. */
export interface PictureContent {
  visible: { nodes: Set<string>; edges: Set<string> };
  articleIds: string[];
}

/** The visible part of the view and the articles it cites. */
export function pictureContent(graph: ExplorerGraph, filters: FilterState): PictureContent {
  const visible = visibleIds(graph, filters);
  return { visible, articleIds: articleIdsOfEdges(graph, visible.edges) };
}

/** The map's subject: its focus, its query, or else the view itself, described by how many nodes it shows. */
export function mapSubject(subject: ViewSubject | undefined, visibleNodes: number, lang: Lang): MapSubject {
  if (subject?.focus) return { kind: 'focus', name: subject.focus, depth: subject.depth ?? 1 };
  if (subject?.query) return { kind: 'query', query: subject.query };
  return { kind: 'view', description: captionText(lang, 'fromExplorer', { n: visibleNodes }) };
}

/** The caption of a picture: its legend lists what is drawn, then the filters in force and the sources. */
export function pictureCaption(input: {
  graph: ExplorerGraph;
  filters: FilterState;
  content: PictureContent;
  title: string;
  subject: ViewSubject | undefined;
  sources: SourceArticle[];
  madeAt: Date;
  lang: Lang;
}): CaptionModel {
  const { graph, filters, content, lang } = input;
  const nodes = [...content.visible.nodes].map((id) => ({ label: graph.getNodeAttribute(id, 'nodeLabel'), color: graph.getNodeAttribute(id, 'color') }));
  return buildCaption({
    title: input.title,
    subject: mapSubject(input.subject, content.visible.nodes.size, lang),
    nodes,
    edges: legendEdges(graph, content.visible.edges),
    filters: describeFilters(filters, lang),
    sources: input.sources,
    madeAt: input.madeAt,
    lang,
  });
}
