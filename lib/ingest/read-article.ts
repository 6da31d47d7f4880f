import { readFile, stat } from 'node:fs/promises';

/** Bad input (missing, empty or binary file): the CLIs exit with code 2 and print the message. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Reads an article file as UTF-8 text (BOM stripped); throws InputError with a one-line reason. */
export async function readArticleFile(path: string, tool = 'extract'): Promise<{ text: string; source: string }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${tool}: ${path} does not exist`);
  }
  if (info.isDirectory()) throw new InputError(`${tool}: ${path} is a directory, not an article file`);
  if (!info.isFile()) throw new InputError(`${tool}: ${path} is not a regular file`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(`${tool}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.includes(0)) throw new InputError(`${tool}: ${path} is a binary file (NUL bytes), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${tool}: ${path} is not valid UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${tool}: ${path} is empty`);
  return { text, source: path.split(/[\\/]/).pop() ?? path };
}
