import type { Lang } from '../i18n/lang';

// Shapes shared by the export modules. A "scene" is what is visible on the map after filters and
// layout: plain data, so the SVG builder, serialisers and tests never need a renderer.

/** One visible node, positioned in picture pixels (y grows downwards). */
export interface SceneNode {
  id: string;
  label: string;
  name: string;
  x: number;
  y: number;
  /** Radius in picture pixels. */
  size: number;
  color: string;
  /** Drawn with a ring: the selected node. */
  highlighted?: boolean;
}

/** One visible edge between two scene nodes. */
export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Short text drawn along the edge (relationship type or collapsed transfer). */
  label?: string;
  color: string;
  size: number;
  /** Drawn dashed: an alleged, denied or unconfirmed fact (as on the canvas). */
  dashed?: boolean;
  /** Bend of a parallel edge, as @sigma/edge-curve draws it (0 or absent: straight). */
  curvature?: number;
}

/** An article a map's facts come from. */
export interface SourceArticle {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
}

/** What the picture shows, for the caption: a focus neighbourhood or a Cypher query. */
export type MapSubject = { kind: 'focus'; name: string; depth: number } | { kind: 'query'; query: string } | { kind: 'view'; description: string };

/** The caption's content before layout. */
export interface CaptionModel {
  /** Language of the caption's own words. */
  lang: Lang;
  title: string;
  subtitle: string;
  legend: { label: string; color: string; count: number }[];
  /** Edge colours in use (relationship types sharing a colour are listed together), and dashes when drawn. */
  edgeLegend: { label: string; color: string; dashed: boolean; /** Cypher spelling of the types, e.g. "SENT, TO". */ cypher?: string }[];
  filters: string[];
  sources: SourceArticle[];
  madeAt: string;
}

/** What the caption shows (the ExportPanel lets users turn parts off). */
export interface CaptionOptions {
  title: boolean;
  legend: boolean;
  filters: boolean;
  sources: boolean;
  date: boolean;
}

export const ALL_CAPTION: CaptionOptions = { title: true, legend: true, filters: true, sources: true, date: true };
