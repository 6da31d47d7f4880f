import { describe, expect, it } from 'vitest';
import { cellText, parseParams, pushHistory, readShared, shareUrl, sortRows, toCsv, toEditorSchema } from '@/app/components/console/console-data';
import { parseExample } from '@/lib/neo4j/console-examples';

const kp = { kind: 'node', elementId: 'e1', labels: ['Entity', 'Country'], properties: { name: 'Corée du Nord' } };
const ru = { kind: 'node', elementId: 'e2', labels: ['Entity', 'Country'], properties: { name: 'Russie' } };
const sent = { kind: 'relationship', type: 'SENT', properties: {} };

describe('cellText', () => {
  it('shows graph values the Cypher way', () => {
    expect(cellText(kp)).toBe('(:Country "Corée du Nord")');
    expect(cellText(sent)).toBe('[:SENT]');
    expect(cellText({ kind: 'path', nodes: [kp, ru], relationships: [sent] })).toBe('(:Country "Corée du Nord")-[:SENT]->(:Country "Russie")');
    const back = { ...sent, startElementId: 'e2' };
    expect(cellText({ kind: 'path', nodes: [kp, ru], relationships: [back] })).toBe('(:Country "Corée du Nord")<-[:SENT]-(:Country "Russie")');
    expect(cellText([1, 'a', null])).toBe('[1, a, ]');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText(null)).toBe('');
  });
});

describe('sortRows', () => {
  const rows = [{ q: 10, n: 'b' }, { q: null, n: 'a' }, { q: 2, n: 'C' }, { q: 300, n: 'a10' }];
  it('sorts numbers numerically with nulls last in both directions', () => {
    expect(sortRows(rows, 'q', 'asc').map((r) => r.q)).toEqual([2, 10, 300, null]);
    expect(sortRows(rows, 'q', 'desc').map((r) => r.q)).toEqual([300, 10, 2, null]);
  });
  it('sorts text case-insensitively and naturally, without touching the input', () => {
    expect(sortRows(rows, 'n', 'asc').map((r) => r.n)).toEqual(['a', 'a10', 'b', 'C']);
    expect(rows[0].n).toBe('b');
    expect(sortRows(rows, null, 'asc')).toBe(rows);
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x,y', b: 'say "hi"\nthere' }, { a: kp, b: 3 }])).toBe(
      'a,b\r\n"x,y","say ""hi""\nthere"\r\n"(:Country ""Corée du Nord"")",3\r\n',
    );
  });
});

describe('history and links', () => {
  it('keeps the latest first, once, within the cap', () => {
    expect(pushHistory(['b', 'a'], 'a')).toEqual(['a', 'b']);
    expect(pushHistory(['a'], '   ')).toEqual(['a']);
    expect(pushHistory(['1', '2', '3'], '4', 3)).toEqual(['4', '1', '2']);
  });

  it('round-trips a query and its parameters through a share link', () => {
    const q = "MATCH (c:Country {iso2: $iso}) RETURN c // é & ?";
    const url = shareUrl('http://host:3000/?focus=x#frag', q, '{"iso": "KP"}');
    expect(url.startsWith('http://host:3000/?cypher=')).toBe(true);
    expect(readShared(new URL(url).search)).toEqual({ query: q, params: '{"iso": "KP"}' });
    expect(readShared('?focus=x')).toBeNull();
    expect(new URL(shareUrl('http://h/', 'RETURN 1', '{}')).searchParams.has('cypherParams')).toBe(false);
  });
});

describe('parseParams', () => {
  it('accepts an object or nothing and explains anything else', () => {
    expect(parseParams('')).toEqual({ params: {} });
    expect(parseParams('{"n": 2}')).toEqual({ params: { n: 2 } });
    expect(parseParams('[1]')).toHaveProperty('error');
    expect(parseParams('{n: 2}')).toHaveProperty('error');
  });
});

describe('toEditorSchema', () => {
  it('prefixes labels and types with a colon for completion', () => {
    expect(toEditorSchema({ labels: ['Country'], relationshipTypes: ['SENT'], propertyKeys: ['name'] }, ['iso'])).toEqual({
      labels: [':Country'],
      relationshipTypes: [':SENT'],
      propertyKeys: ['name'],
      parameters: ['iso'],
    });
  });
});

describe('parseExample', () => {
  it('reads title, description and params from the header comments', () => {
    const e = parseExample('x', '// title: T\n// description: D d\n// params: {"a": 1}\n\n// why\nMATCH (n)\nRETURN n;\n');
    expect(e).toEqual({ id: 'x', title: 'T', description: 'D d', params: { a: 1 }, query: 'MATCH (n)\nRETURN n' });
  });
});
