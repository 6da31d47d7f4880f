import { constants, promises as fsp, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { DecodeError } from './decode-error';
import { maxArticleBytes } from './limits';

/**
 * Reads a file's bytes safely: regular files only (opened non-blocking, so a FIFO cannot hang the loader),
 * at most `maxBytes` (refused beyond, before reading), and a clear DecodeError when it vanished or is unreadable.
 */
export async function readArticleBytes(file: string, maxBytes = maxArticleBytes()): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await fsp.open(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw new DecodeError(file, openReason(error));
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new DecodeError(file, `${describeKind(stat)}, not an article file`);
    if (stat.size > maxBytes)
      throw new DecodeError(file, `too large: ${mib(stat.size)} (limit ${mib(maxBytes)}, TRAME_MAX_ARTICLE_BYTES) — split the file`);
    // Read up to one byte past the limit, so a file that grows while being read is caught too.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stat.size, 64 * 1024)));
    let total = 0;
    for (;;) {
      if (total === buf.length) break;
      const { bytesRead } = await handle.read(buf, total, buf.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) throw new DecodeError(file, `too large: over ${mib(maxBytes)} (TRAME_MAX_ARTICLE_BYTES) — split the file`);
    return buf.subarray(0, total);
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError(file, openReason(error));
  } finally {
    await handle.close().catch(() => {});
  }
}

function describeKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MiB`;
}

function openReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file (missing, or removed while loading)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'a directory, not an article file';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENXIO':
      return 'a socket or device with nothing behind it, not an article file';
    case 'EIO':
      return 'read error (I/O)';
    default:
      return `cannot read: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
  }
}
