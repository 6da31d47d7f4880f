import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('people, roles and bodies', () => {
  it('gives a titled person a role held for the state of the title', () => {
    const r = read('Le ministre sud-coréen de la Défense Kim Yong-Hyun a parlé.');
    const role = r.edges('HOLDS_ROLE')[0];
    expect(role).toMatchObject({ source: 'person:kim-yong-hyun', target: 'country:KR', properties: { title: 'ministre de la Défense' } });
  });

  it('reads roles written after the name or before it with a comma', () => {
    const r = read('Le secrétaire général de l’Otan, Mark Rutte, est venu. Andrei Lankov, directeur du Korea Risk Group, a répondu.');
    const roles = r.edges('HOLDS_ROLE').map((e) => `${r.name(e.source)}: ${e.properties.title} / ${r.name(e.target)}`);
    expect(roles).toEqual(['Mark Rutte: secrétaire général / OTAN', 'Andrei Lankov: directeur / Korea Risk Group']);
  });

  it('resolves "le président ukrainien", "M. Zelensky" and "Poutine" to stable people', () => {
    const r = read('Volodymyr Zelensky est à Bruxelles. Le président ukrainien a affirmé que Poutine ment. M. Zelensky a insisté.');
    const z = r.node('person:volodymyr-zelensky')!;
    expect(z.mentions).toHaveLength(3);
    expect(r.node('person:vladimir-poutine')).toBeDefined();
    expect(r.edges('HOLDS_ROLE')[0]).toMatchObject({ source: z.id, target: 'country:UA', properties: { title: 'président' } });
  });

  it('knows which state a body belongs to, and its kind', () => {
    const r = read('Aux États-Unis, le Département d’État américain a réagi ; en Russie, le Kremlin et le ministère russe de la Défense aussi.');
    expect(r.node('org:us-state-department')?.properties.kind).toBe('government');
    expect(r.node('org:ru-mod')?.properties.kind).toBe('military');
    expect(r.edges('PART_OF').map((e) => `${e.source}>${e.target}`).sort()).toEqual(['org:kremlin>country:RU', 'org:ru-mod>country:RU', 'org:us-state-department>country:US']);
  });

  it('finds a body written in lower case and the spokesperson named after it', () => {
    const r = read("Le porte-parole du département d'État, Matthew Miller, a déclaré que la Corée du Nord livrait des missiles à la Russie.");
    expect(r.edges('HOLDS_ROLE')[0]).toMatchObject({ source: 'person:matthew-miller', target: 'org:us-state-department' });
    expect(r.stances()).toEqual(['Matthew Miller ASSERTS']);
  });

  it('reads "l’alliance" as NATO once NATO was named, and "le Nord" as North Korea', () => {
    const r = read('Le chef de l’Otan est venu. L’alliance n’a aucune preuve. La Corée du Nord se tait ; le Nord recevrait des fonds.');
    expect(r.node('org:nato')!.mentions.map((m) => m.text)).toEqual(['Otan', 'L’alliance']);
    expect(r.node('country:KP')!.mentions.map((m) => m.text)).toEqual(['Corée du Nord', 'Nord']);
    expect(read('Une alliance militaire est née.').node('org:nato')).toBeUndefined();
  });

  it('keeps ids stable across articles', () => {
    const a = read('L’Otan a répondu à Moscou.').doc.nodes.map((n) => n.id);
    const b = read('Selon l’OTAN, la Russie ment.').doc.nodes.map((n) => n.id);
    expect(a).toEqual(expect.arrayContaining(['org:nato', 'country:RU']));
    expect(b).toEqual(expect.arrayContaining(['org:nato', 'country:RU']));
  });
});
