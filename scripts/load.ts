import { Command, CommanderError } from 'commander';
import cliProgress from 'cli-progress';
import { openDb } from '@/lib/neo4j/driver';
import { loadArticleFiles } from '@/lib/ingest/load-articles';
import { DEFAULT_LOAD_OPTIONS } from '@/lib/neo4j/load';
import { EXIT, fail } from './lib/cli';

// `npm run load -- <article.txt...>`: extract and write articles into Neo4j, one transaction each.
const program = new Command()
  .name('trame load')
  .description('Extract articles and write them into Neo4j (idempotent, one transaction per article)')
  .argument('<files...>', 'article text files')
  .option('--date <yyyy-mm-dd>', 'publication date used for relative dates when the file has none')
  .option('--batch-size <n>', 'rows per UNWIND batch', String(DEFAULT_LOAD_OPTIONS.batchSize))
  .option('--quiet', 'no progress bar')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s.split('\n')[0] + '\n') });

async function main() {
  try {
    program.parse();
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : EXIT.badInput);
    throw error;
  }
  const files = program.args;
  const opts = program.opts<{ date?: string; batchSize: string; quiet?: boolean }>();
  if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) fail('load', Object.assign(new Error(`load: --date must be YYYY-MM-DD, got ${opts.date}`), { exitCode: 2 }));
  const batchSize = Number(opts.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1) fail('load', Object.assign(new Error(`load: --batch-size must be a positive integer`), { exitCode: 2 }));

  const db = openDb();
  const showBar = !opts.quiet && files.length > 1 && process.stderr.isTTY;
  const bar = new cliProgress.SingleBar(
    { format: 'load [{bar}] {value}/{total} articles | {file}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  let totals = { sentences: 0, nodes: 0, relationships: 0 };
  try {
    if (showBar) bar.start(files.length, 0, { file: '' });
    await loadArticleFiles(db, files, {
      publishedAt: opts.date,
      batchSize,
      onArticle: (r) => {
        totals = { sentences: totals.sentences + r.sentences, nodes: totals.nodes + r.nodes, relationships: totals.relationships + r.relationships };
        if (showBar) bar.increment(1, { file: r.file.split('/').pop() });
        else if (!opts.quiet)
          process.stderr.write(`load: ${r.file} — ${r.nodes} nodes, ${r.relationships} relationships, ${r.sentences} sentences in ${r.ms.toFixed(0)} ms\n`);
        for (const w of r.warnings) process.stderr.write(`load: warning: ${r.file}: ${w}\n`);
      },
    });
    if (showBar) bar.stop();
    const ms = performance.now() - t0;
    process.stdout.write(
      `load: ${files.length} article(s), ${totals.nodes} nodes, ${totals.relationships} relationships, ${totals.sentences} sentences in ${(ms / 1000).toFixed(2)} s\n`,
    );
  } catch (error) {
    if (showBar) bar.stop();
    await db.driver.close();
    fail('load', error);
  }
  await db.driver.close();
}

main();
