import { writeFile } from 'node:fs/promises';
import { Command, CommanderError } from 'commander';
import { extractDocument } from '../lib/extract/index';
import { hasLanguage, LANGUAGE_CODES } from '../lib/extract/syntax/language';
import { parseGraphDocument } from '../lib/graph/schema';
import { InputError, readArticleFile } from '../lib/ingest/read-article';

// npm run extract -- <article.txt> [--out doc.json] [--date YYYY-MM-DD]
async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('extract')
    .description('Turn a news article (French or English) into a Trame GraphDocument (JSON).')
    .argument('<article>', 'article text file (UTF-8)')
    .option('-o, --out <file>', 'write the JSON here instead of stdout')
    .option('-d, --date <YYYY-MM-DD>', 'publication date (overrides a "Date:" line in the article)')
    .option('--title <title>', 'article title')
    .option('--lang <code>', 'language of the article (fr, en); default: guessed from the text, French when unsure')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const [path] = program.args;
  const opts = program.opts<{ out?: string; date?: string; title?: string; lang?: string }>();
  if (opts.lang !== undefined && !hasLanguage(opts.lang)) throw new InputError(`extract: --lang must be one of ${LANGUAGE_CODES.join(', ')}, got "${opts.lang}"`);
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new InputError(`extract: --date must look like 2024-10-18, got "${opts.date}"`);
  const { text, source, language } = await readArticleFile(path);
  const doc = parseGraphDocument(extractDocument(text, { source, language: opts.lang ?? language, publishedAt: opts.date, title: opts.title }));
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (opts.out) await writeFile(opts.out, json, 'utf8');
  else process.stdout.write(json);
  return 0;
}

main(process.argv).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof InputError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(e.exitCode);
    }
    process.stderr.write(`extract: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
