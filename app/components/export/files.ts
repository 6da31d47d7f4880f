// Browser side of the file exports: names and downloads (the serialisers live in lib/export/files.ts).
export { exportGraph, serialise, type FileFormat } from '@/lib/export/files';

/** A file-name-safe slug of a title ("Corée du Nord" -> "coree-du-nord"). */
export function fileSlug(title: string): string {
  return title.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'trame-map';
}

/** Starts a browser download of a blob. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5_000);
}
