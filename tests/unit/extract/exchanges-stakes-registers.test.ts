import { describe, expect, it } from 'vitest';
import { exchangesOf, flows } from './helpers';

// Made-up deal paragraphs on uranium, telecoms, mining and ports, in several registers (wire brief, business page,
// live blog, analysis, interview answer): a share of a firm given in percent ("14 % de sa filiale", "20 % du capital")
// is a stake traded like goods, its percentage its quantity, and the sum paid "contre" it is the other leg; a price
// named with its owner ("en échange des participations de X") is the owner's, and X is whom the payment goes to.

describe('a percentage of a firm is a stake, the price paid for it the other leg', () => {
  it('wire brief: "a cédé 20 % du capital de X à Y contre N euros"', () => {
    expect(exchangesOf("Le groupe Orano a cédé 20 % du capital de Somaïr à l'État nigérien contre 150 millions d'euros.")).toEqual([
      'funds Niger>Orano <-> other Orano>Niger',
    ]);
  });

  it('business page: "a cédé 14 % de sa filiale X à la holding Y contre environ N dollars", the stake counted in percent', () => {
    const text = 'Le groupe Orano a cédé 14 % de sa filiale Somaïr à la holding publique Sopamin contre environ 300 millions de dollars.';
    expect(exchangesOf(text)).toEqual(['funds Sopamin>Orano <-> other Orano>Sopamin']);
    expect(flows(text)).toEqual(['Orano>Sopamin:other:14', 'Sopamin>Orano:funds:300000000']);
  });

  it('live blog: "pour cent" in words of the figure, "des actions"', () => {
    expect(flows("11 h 20 — Le Qatar a vendu 5 pour cent des actions de Glencore à l'Arabie saoudite.")).toEqual(['Qatar>Arabie Saoudite:other:5']);
  });

  it('analysis: a percentage of a quantity that is no firm is no stake', () => {
    expect(flows('La production de la Somaïr a baissé de 20 % depuis janvier.')).toEqual([]);
    expect(flows("Le Niger a vendu 30 % de son uranium à la France.")).not.toContainEqual(expect.stringContaining(':other:30'));
  });
});

describe('a price named with its owner: the owner sends it and is paid', () => {
  it('analysis: "N payés en numéraire par X en échange des participations de Y", a bare sum after "dont"', () => {
    const text = 'Le prix atteint 5 milliards de dollars, dont 4 milliards payés en numéraire par Glencore en échange des participations de Vale.';
    expect(exchangesOf(text)).toEqual(['funds Glencore>Vale <-> other Vale>Glencore']);
    expect(flows(text)).toEqual(['Glencore>Vale:funds:4000000000', 'Vale>Glencore:other']);
  });

  it('interview answer: "nous avons payé … en échange des participations de Y"', () => {
    expect(exchangesOf("« Glencore a payé 4 milliards de dollars en échange des participations de Vale », résume l'analyste.")).toEqual([
      'funds Glencore>Vale <-> other Vale>Glencore',
    ]);
  });
});
