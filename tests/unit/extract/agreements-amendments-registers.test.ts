import { describe, expect, it } from 'vitest';
import { agreementsOf } from './helpers';

// Made-up sentences in several registers (wire brief, dispatch, live blog, portrait, analysis) on fisheries, rail,
// gas, water and space: an amendment ("avenant") is an agreement of its own, signed in the present tense by two
// office-holders each given a title with its complements, or by a pronoun subject with a partner after "avec"; a
// definite agreement noun narrowed by a complement noun ("l'accord d'hébergement") is not the contract named before.

describe('an amendment is an agreement of its own', () => {
  it('wire brief: "ont signé un avenant au traité de X": the amendment and the treaty', () => {
    const got = agreementsOf("Le Maroc et l'Espagne ont signé mardi un avenant au traité de Rabat sur la pêche.");
    expect(got).toContainEqual('avenant: Espagne, Maroc | ');
  });

  it('portrait: "l\'avenant" after a treaty named before is the amendment, not that treaty', () => {
    expect(
      agreementsOf(
        "Le Lesotho et l'Afrique du Sud ont signé en 1986 le traité du Lesotho Highlands. En 2011, le ministre lésothien Timothy Thahane signe avec son homologue sud-africain Edna Molewa l'avenant qui relève les redevances.",
      ),
    ).toEqual(['traité du Lesotho Highlands: Afrique du Sud, Lesotho | ', 'avenant: Afrique du Sud, Lesotho | Edna Molewa, Timothy Thahane']);
  });

  it('analysis: an amendment signed in passing, its parties the subject\'s', () => {
    expect(agreementsOf("Le Kenya et l'Ouganda ont paraphé en 2019 un avenant qui prolonge l'oléoduc jusqu'à Kampala.")).toEqual(['avenant: Kenya, Ouganda | ']);
  });
});

describe('two office-holders, each named after a title with its complements, sign in the present tense', () => {
  it('dispatch: "le ministre des Transports, X, et l\'ambassadeur de Y à Z, W, signent un avenant"', () => {
    expect(
      agreementsOf("À Nairobi, le ministre kényan des Transports, Kipchumba Murkomen, et l'ambassadeur de Chine à Nairobi, Zhou Pingjian, signent un avenant qui prolonge la ligne ferroviaire."),
    ).toEqual(['avenant: Chine, Kenya | Kipchumba Murkomen, Zhou Pingjian']);
  });

  it('live blog: "la ministre de l\'Énergie, X, et l\'ambassadeur d\'Italie à Bakou, Y, signent"', () => {
    expect(
      agreementsOf("11 h 05 - La ministre azerbaïdjanaise de l'Énergie, Parviz Chahbazov, et l'ambassadeur d'Italie à Bakou, Luca Di Gianfrancesco, signent un mémorandum sur le gaz."),
    ).toEqual(['mémorandum sur le gaz: Azerbaïdjan, Italie | Luca Di Gianfrancesco, Parviz Chahbazov']);
  });
});

describe('a signer for a side, with a partner after "avec", before the agreement', () => {
  it('portrait: "il signe pour les États riverains, avec l\'ambassadeur X, l\'avenant"', () => {
    expect(
      agreementsOf(
        "Ingénieur de formation, Tshepo Mokoena dirige la commission du fleuve depuis 2012. En 2018, il signe pour les États riverains, avec l'ambassadeur allemand Martin Schäfer, l'avenant qui finance le barrage.",
      ),
    ).toEqual(['avenant: Allemagne | Martin Schäfer, Tshepo Mokoena']);
  });

  it('dispatch: "X signe au nom de son gouvernement, avec Y, le contrat"', () => {
    expect(agreementsOf("Le ministre ghanéen Ken Ofori-Atta signe au nom de son gouvernement, avec le président de la Banque mondiale David Malpass, le contrat de prêt.")).toContainEqual(
      'contrat de prêt: Banque mondiale, Ghana | David Malpass, Ken Ofori-Atta',
    );
  });
});

describe('a definite agreement noun narrowed by a complement noun is an agreement of its own', () => {
  it('live blog: "Le contrat, signé par X ... L\'accord d\'hébergement est signé par Y et Z"', () => {
    expect(
      agreementsOf(
        "Le contrat, signé par le ministre qatari Ali al-Kuwari, court jusqu'en 2030. L'accord d'hébergement est signé dans la foulée par le ministre kényan Kipchumba Murkomen et le ministre ougandais Henry Musasizi.",
      ),
    ).toEqual(['contrat: Qatar | Ali al-Kuwari', "accord d'hébergement: Kenya, Ouganda | Henry Musasizi, Kipchumba Murkomen"]);
  });

  it('analysis: a bare definite noun still points back to the agreement named before', () => {
    expect(agreementsOf("Le Kenya et l'Ouganda ont signé un accord d'entretien de l'oléoduc. L'accord a été paraphé par le ministre kényan Kipchumba Murkomen.")).toEqual([
      "accord d'entretien: Kenya, Ouganda | Kipchumba Murkomen",
    ]);
  });
});

describe('two agreements one signing verb governs, joined by "et", are two agreements with the same signers', () => {
  it('wire brief: "ont signé un accord de pêche et un mémorandum sur le gaz"', () => {
    expect(agreementsOf('Le Sénégal et la Mauritanie ont signé un accord de pêche et un mémorandum sur le gaz.')).toEqual([
      'accord de pêche: Mauritanie, Sénégal | ',
      'mémorandum sur le gaz: Mauritanie, Sénégal | ',
    ]);
  });

  it('dispatch: "ont signé mardi l\'accord de défense et le protocole sur les frontières"', () => {
    expect(
      agreementsOf('Le ministre sénégalais Birame Diop et son homologue mauritanien Hanena Sidi ont signé mardi l\'accord de défense et le protocole sur les frontières.'),
    ).toEqual(['accord de défense: Mauritanie, Sénégal | Birame Diop, Hanena Sidi', 'protocole sur les frontières: Mauritanie, Sénégal | Birame Diop, Hanena Sidi']);
  });
});
