// npm run screenshot -- --focus "Corée du Nord" --out map.png [--lang fr] | --query "<cypher>" --out map.svg --format svg
// --format gexf|graphml|json writes the export panel's files (same serialisers, lib/export/files.ts).
// Renders /map in headless Chromium and writes the picture the page exports (caption and legend included).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { type Browser } from 'playwright-core';
import { EXIT } from './lib/cli';
import { serveApp, type AppHandle } from './lib/serve';
import type { TrameMapHandle } from '../app/map/api';
import { launchChromium } from './lib/chromium';

/** Chromium flags for a quiet, sandbox-free headless run (CI containers, no GPU). */

/** Largest canvas side Chromium draws reliably. */
const MAX_PIXELS = 16_384;

const FORMATS = ['png', 'svg', 'gexf', 'graphml', 'json'] as const;
type Format = (typeof FORMATS)[number];

class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

const int = (name: string, min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
  return n;
};

interface Options {
  focus?: string;
  query?: string;
  out: string;
  format?: Format;
  width: number;
  height: number;
  scale: number;
  title?: string;
  depth: number;
  url?: string;
  transparent?: boolean;
  transfers: 'nodes' | 'edges';
  lang?: string;
}

function mapPath(o: Options): string {
  const p = new URLSearchParams();
  if (o.focus) p.set('focus', o.focus);
  if (o.focus && o.depth !== 1) p.set('depth', String(o.depth));
  if (o.query) p.set('query', o.query);
  if (o.title) p.set('title', o.title);
  if (o.transfers !== 'nodes') p.set('transfers', o.transfers);
  if (o.lang) p.set('lang', o.lang);
  p.set('width', String(o.width));
  p.set('height', String(o.height));
  return `/map?${p}`;
}

/** What the picture drew, for the summary line: labels kept, shortened and dropped, curved edges. */
function drawn(s: TrameMapHandle['lastExport']): string {
  return s ? `, ${s.labels.length} labels (${s.shortened} shortened, ${s.dropped} dropped), ${s.arcs} arcs, drawn in ${s.ms} ms` : '';
}

async function shoot(o: Options, format: Format, app: AppHandle): Promise<{ bytes: Buffer; nodes: number; note: string }> {
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: o.width, height: o.height }, deviceScaleFactor: 1 });
    await page.goto(app.url + mapPath(o), { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => !!window.__trameMap && (window.__trameMap.ready || !!window.__trameMap.error), null, { timeout: 60_000 });
    const state = (await page.evaluate(() => ({ ...window.__trameMap }))) as TrameMapHandle;
    if (state.error) {
      // 4xx from /api/map is bad input (unknown name, refused or invalid query); the rest is a failure.
      const bad = state.error.status >= 400 && state.error.status < 500;
      throw new CliError(state.error.message, bad ? EXIT.badInput : EXIT.failure);
    }
    const options = { scale: o.scale, background: o.transparent ? 'transparent' : 'white' } as const;
    if (format === 'gexf' || format === 'graphml' || format === 'json') {
      const text = await page.evaluate((f) => window.__trameMap!.exportFile!(f), format);
      return { bytes: Buffer.from(text, 'utf8'), nodes: state.nodes ?? 0, note: '' };
    }
    const lastExport = () => page.evaluate(() => JSON.parse(JSON.stringify(window.__trameMap!.lastExport ?? null))) as Promise<TrameMapHandle['lastExport']>;
    if (format === 'svg') {
      const svg = await page.evaluate((opt) => window.__trameMap!.exportSvg!(opt), options);
      return { bytes: Buffer.from(svg, 'utf8'), nodes: state.nodes ?? 0, note: drawn(await lastExport()) };
    }
    const dataUrl = await page.evaluate((opt) => window.__trameMap!.exportPng!(opt), options);
    return { bytes: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'), nodes: state.nodes ?? 0, note: drawn(await lastExport()) };
  } finally {
    await browser?.close();
  }
}

/** Runs the CLI; returns the exit code (never calls process.exit itself, so cleanup always runs). */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('screenshot')
    .description('Render a relationship map (PNG or SVG) in headless Chromium')
    .option('--focus <name>', 'entity whose neighbourhood to draw')
    .option('--query <cypher>', 'read-only Cypher query whose nodes/relationships to draw')
    .requiredOption('--out <file>', 'output file (.png or .svg)')
    .option('--format <format>', 'png, svg, gexf, graphml or json (default: from --out)')
    .option('--width <px>', 'picture width, CSS px', int('--width', 200, 8000), 1600)
    .option('--height <px>', 'picture height, CSS px', int('--height', 200, 8000), 1000)
    .option('--scale <n>', 'pixel density of the PNG, 1 to 4', int('--scale', 1, 4), 2)
    .option('--title <text>', 'caption title')
    .option('--depth <n>', 'neighbourhood depth around --focus, 1 to 3', int('--depth', 1, 3), 1)
    .option('--transfers <mode>', 'transfers as nodes or edges', 'nodes')
    .option('--transparent', 'transparent background (PNG)')
    .option('--lang <lang>', 'caption language, fr or en (default: the browser\'s)')
    .option('--url <url>', 'a running Trame app (else PORT, else one is started)')
    .exitOverride()
    .configureOutput({ writeErr: () => {} });
  let o: Options;
  try {
    o = program.parse(argv, { from: 'user' }).opts<Options>();
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') {
      process.stdout.write(program.helpInformation());
      return EXIT.ok;
    }
    process.stderr.write(`screenshot: ${String(e.message ?? error).replace(/^error: /, '')}\n`);
    return EXIT.badInput;
  }
  const ext = path.extname(o.out).toLowerCase().slice(1);
  const format = o.format ?? ((FORMATS as readonly string[]).includes(ext) ? (ext as Format) : 'png');
  const problem =
    !!o.focus === !!o.query ? 'give exactly one of --focus <name> or --query <cypher>'
    : !(FORMATS as readonly string[]).includes(format) ? `--format must be one of ${FORMATS.join(', ')}, not "${format}"`
    : o.transfers !== 'nodes' && o.transfers !== 'edges' ? '--transfers must be nodes or edges'
    : o.lang !== undefined && o.lang !== 'fr' && o.lang !== 'en' ? `--lang must be fr or en, not "${o.lang}"`
    : Math.max(o.width, o.height) * o.scale > MAX_PIXELS ? `--width/--height x --scale must stay within ${MAX_PIXELS} px per side (browser canvas limit)`
    : null;
  if (problem) {
    process.stderr.write(`screenshot: ${problem}\n`);
    return EXIT.badInput;
  }
  const started = Date.now();
  let app: AppHandle | null = null;
  try {
    app = await serveApp({ url: o.url, log: (line) => process.stderr.write(`screenshot: ${line}\n`) });
    const { bytes, nodes, note } = await shoot(o, format, app);
    const out = path.resolve(o.out);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, bytes);
    const size = format === 'png' ? `${o.width * o.scale}x${o.height * o.scale} px` : format === 'svg' ? `${o.width}x${o.height}` : `${bytes.length} bytes`;
    process.stdout.write(`${out} (${format.toUpperCase()} ${size}, ${nodes} nodes${note}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return EXIT.ok;
  } catch (error) {
    const code = error instanceof CliError ? error.exitCode : EXIT.failure;
    process.stderr.write(`screenshot: ${String((error as Error).message ?? error).split('\n')[0]}\n`);
    return code;
  } finally {
    await app?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('screenshot.ts')) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
