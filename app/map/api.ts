// What /map exposes to scripts (the screenshot CLI, tests) on window.__trameMap.
import type { CameraState } from '@/lib/export/permalink';
import type { CaptionOptions } from '@/lib/export/types';
import type { PictureStats } from '../components/export/render';

/** Options of the in-page PNG/SVG exports. */
export interface MapExportOptions {
  scale?: number;
  width?: number;
  height?: number;
  background?: 'white' | 'transparent';
  caption?: Partial<CaptionOptions>;
}

/** The map page's state and export hooks. */
export interface TrameMapHandle {
  ready: boolean;
  error?: { status: number; code: string; message: string };
  nodes?: number;
  edges?: number;
  visibleNodes?: string[];
  selection?: string | null;
  camera?: CameraState;
  width?: number;
  height?: number;
  /** Heights of the caption bands, CSS px: the graph lies between them. */
  bands?: { header: number; footer: number };
  title?: string;
  /** Language of the caption. */
  lang?: 'en' | 'fr';
  /** Ids of the articles the caption cites (those behind the drawn relationships). */
  sources?: string[];
  /** What the latest PNG or SVG export drew: label boxes, arcs, time taken. */
  lastExport?: PictureStats | null;
  setCamera?: (c: CameraState) => void;
  permalink?: () => string;
  select?: (id: string | null) => void;
  exportPng?: (o?: MapExportOptions) => Promise<string>;
  exportSvg?: (o?: MapExportOptions) => Promise<string>;
  exportFile?: (format: 'gexf' | 'graphml' | 'json') => string;
}

/** The /api/map answer. */
/** What /api/map answers (the contract's type). */
export type { MapBody as MapResponse } from '@/lib/api/contract';

declare global {
  interface Window {
    __trameMap?: TrameMapHandle;
  }
}

/** The /api/map parameters of a page's search params (only what the server needs). */
export function mapApiQuery(search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of ['focus', 'depth', 'query']) {
    const v = search.get(k);
    if (v) out.set(k, v);
  }
  for (const id of search.getAll('id')) out.append('id', id);
  return out;
}

/** Reads a blob as a data: URL (how PNGs cross into Playwright). */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}
