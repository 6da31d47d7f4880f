import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

const ARTICLE = path.resolve('tests/fixtures/english/troop-deployment.en.txt');

describe('npm run extract --lang', () => {
  it('reads an English article with the English rules, guessed or named', () => {
    for (const args of [[ARTICLE], [ARTICLE, '--lang', 'en']]) {
      const r = runCli('extract', args);
      expect(r.status, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as { article: { language: string }; relationships: Array<{ type: string; source: string }> };
      expect(doc.article.language).toBe('en');
      expect(doc.relationships.filter((x) => x.type === 'DENIES').map((x) => x.source)).toEqual(['org:kremlin']);
    }
  }, 120_000);

  it('refuses a language Trame has no rules for, with one line and exit 2', () => {
    const r = runCli('extract', [ARTICLE, '--lang', 'de']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['extract: --lang must be one of fr, en, got "de"']);
  }, 60_000);
});
