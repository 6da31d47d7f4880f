import { describe, expect, it } from 'vitest';
import { rolesOf } from './helpers';

// Made-up sentences in several registers (wire, dispatch, interview, live blog, analysis) on Southern Africa, South-East
// Asia, West Africa and the Andes: where a title binds when the sentence names a place, a second titled signatory, a
// unit of a body, a body the post is accredited to, or the speaker's own body.

describe('a state title beside a place named in the predicate', () => {
  it('wire and analysis: the town where a text was signed is not the signatory\'s state', () => {
    expect(rolesOf('Le Malawi vend du tabac à la Chine. Le contrat a été signé à Pékin par le président Lazarus Chakwanda.')).toEqual(['person:lazarus-chakwanda>country:MW']);
    expect(rolesOf('Le Laos exporte son électricité vers la Thaïlande. En 2024, un accord a été paraphé à Bangkok par le Premier ministre Sonexay Vongsa.')).toEqual(['person:sonexay-vongsa>country:LA']);
  });

  it('dispatch: a place opening the sentence stays home', () => {
    expect(rolesOf('La Somalie et le Kenya discutent de pêche. À Mogadiscio, le président Hassan Cheikh Mohamoud a salué l’accord.')).toEqual(['person:hassan-cheikh-mohamoud>country:SO']);
  });
});

describe('a state title beside a state the sentence sets aside', () => {
  it('analysis and wire: a state named by what it is to another ("son principal client, X", "X, son premier créancier") is the other side', () => {
    expect(rolesOf('Le Laos vend son électricité à la Thaïlande. Son principal client, la Thaïlande, paie en bahts, a rappelé le Premier ministre Sonexay Vongsa.')).toEqual(['person:sonexay-vongsa>country:LA']);
    expect(rolesOf('Le Laos vend son électricité à la Thaïlande. La Chine, son premier créancier, réclame 12 milliards, a reconnu le ministre des Finances, Boun Vongsa.')).toEqual(['person:boun-vongsa>country:LA']);
  });

  it('dispatch: the holder named after "avec" is the subject\'s partner, not its minister', () => {
    expect(rolesOf('La Thaïlande achète de l’électricité. Le Laos, premier fournisseur du royaume, a signé avec le ministre de l’Énergie, Somchai Prasert.')).toEqual(['person:somchai-prasert>country:TH']);
  });

  it('live blog and interview: a state the speaker reports on, after an inverted verb of speech, is not his', () => {
    expect(rolesOf('Le Laos vend son électricité à la Thaïlande. Le Vietnam aussi veut acheter, a indiqué jeudi le Premier ministre Sonexay Vongsa.')).toEqual(['person:sonexay-vongsa>country:LA']);
    expect(rolesOf('09h40 — Le Tchad importe du blé. 10h05 — Le Cameroun bloque les camions à la frontière, a dénoncé le ministre du Commerce, Mahamat Ali.')).toEqual(['person:mahamat-ali>country:TD']);
  });

  it('dispatch and portrait: a fronted phrase of travel ("En visite au", "Invité par", "Depuis") names where he went', () => {
    expect(rolesOf('Le Laos vend son électricité à la Thaïlande. En visite au Vietnam, le Premier ministre Sonexay Vongsa a défendu les barrages.')).toEqual(['person:sonexay-vongsa>country:LA']);
    expect(rolesOf('Le Laos vend son électricité à la Thaïlande. Invité par la Chine, le Premier ministre Sonexay Vongsa a défendu les barrages.')).toEqual(['person:sonexay-vongsa>country:LA']);
    expect(rolesOf('Le Laos vend son électricité à la Thaïlande. Depuis Hanoï, le Premier ministre Sonexay Vongsa a défendu les barrages.')).toEqual(['person:sonexay-vongsa>country:LA']);
  });
});

describe('two titled signatories coordinated by "et du", "et de la"', () => {
  it('interview and dispatch: the second serves the other side when the first serves a named state', () => {
    expect(rolesOf('La Namibie vend de l’hydrogène à l’Allemagne. Le gouvernement allemand a signé avec nous une déclaration, par la voix de la ministre de l’Éducation, Anna Berger, et du ministre des Mines, Tom Haufiku.')).toEqual(['person:anna-berger>country:DE', 'person:tom-haufiku>country:NA']);
    expect(rolesOf('Le Gabon vend du manganèse à la Chine. Le texte porte la signature du ministre chinois du Commerce, Li Chen, et de la ministre des Mines, Rose Ndong.')).toEqual(['person:li-chen>country:CN', 'person:rose-ndong>country:GA']);
  });
});

describe('who leads a unit of a body', () => {
  it('dispatch, analysis and interview: "qui dirige [unit] de [body]" holds the post at the body', () => {
    expect(rolesOf('Paul Lenoir, qui dirige le service des exportations de la société Minerco, a confirmé la vente.')).toEqual(['person:paul-lenoir>org:minerco']);
    expect(rolesOf('Le Mali a reçu des vaccins. Anna Berger, qui dirige le programme alimentaire de l’Unicef au Mali, a confirmé la livraison.')).toEqual(['person:anna-berger>org:unicef']);
    expect(rolesOf('Sonia Vera dirige le bureau régional de l’OMS à Lima.')).toEqual(['person:sonia-vera>org:who']);
  });
});

describe('an ambassador accredited to a named body', () => {
  it('wire and live blog: the sending state holds the post, not the body it is accredited to', () => {
    expect(rolesOf('L’ambassadrice thaïlandaise auprès de l’Organisation mondiale du commerce, Sirilak Chaiyaporn, a réclamé des comptes.')).toEqual(['person:sirilak-chaiyaporn>country:TH']);
    expect(rolesOf('Le Kenya a reçu des vaccins. L’ambassadeur de Chine au Kenya depuis 2020, Zhou Ping, a démenti tout marché.')).toEqual(['person:zhou-ping>country:CN']);
    expect(rolesOf('14h10 — L’ambassadeur du Pérou auprès de l’Organisation des États américains, Luis Quispe, a quitté la salle.')).toEqual(['person:luis-quispe>country:PE']);
  });
});

describe('possessive titles', () => {
  it('dispatch and analysis: a title only a body gives, after "son", "sa", is the body just named, not the state', () => {
    expect(rolesOf('Le Ghana a acheté du riz au Vietnam par l’intermédiaire de la société Akosombo Trading. Son directeur, Kofi Mensah, a précisé les volumes.')).toEqual(['person:kofi-mensah>org:akosombo-trading']);
    expect(rolesOf('La Zambie a vendu son cuivre à l’Agence nationale des réserves alimentaires. Son directeur, Kofi Mensah, a précisé les volumes.')).toEqual(['person:kofi-mensah>org:agence-nationale-des-reserves-alimentaires']);
  });

  it('interview and quotation: "notre directrice", "notre président" is the speaker\'s body', () => {
    expect(rolesOf('La coopérative Terres du Sud exporte du cacao. « Notre directrice, Awa Koné, a signé le contrat », explique un planteur.')).toEqual(['person:awa-kone>org:terres-du-sud']);
    expect(rolesOf('Le Ghana vend du cacao à la Suisse. « Notre président, John Mahama Kofi, l’a promis », a rappelé un négociateur.')).toEqual(['person:john-mahama-kofi>country:GH']);
    expect(rolesOf('Marie Dubois dirige la fondation Terra Viva. Question : que fait votre fondation au Niger ? Marie Dubois : Notre directeur financier, Paul Lenoir, a signé les contrats.')).toEqual(['person:marie-dubois>org:terra-viva', 'person:paul-lenoir>org:terra-viva']);
  });
});

describe('a governor with no body named', () => {
  it('dispatch and analysis: the region or state the sentence names before serves as his body', () => {
    expect(rolesOf('L’État de Bahia, de son côté, a financé le port, a rappelé le gouverneur, Jerônimo Rodrigues.')).toEqual(['person:jeronimo-rodrigues>org:etat-de-bahia']);
    expect(rolesOf('Le Brésil achète des vaccins. Le gouverneur, Tarcísio Gomes, a salué l’accord.')).toEqual([]);
  });
});
