import { describeTransferRegisters, type TransferCase } from './helpers';

// A pledge reads as a transfer: the golds count "promet N à X", "s'engage à verser N à X" and "annonce N" as transfers
// (status "pledged", which is not scored), and keep only a plan under consideration ("envisage de") out or optional.
// The pledge verb may be pronominal ("s'engager à", "s'apprêter à"): its clitic is its own, so the infinitive keeps
// its plain frame ("s'engage à fournir" gives, it is no "se fournir auprès de"), and a first-person subject before it
// is the speaker's side. Made-up sentences on money, grain, vaccines and munitions.
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: "La Belgique s'est engagée à verser 15 millions d'euros au Niger.", transfers: ['Belgique>Niger:funds:15000000'] },
    { text: "Le Japon s'engage à fournir 200 000 doses de vaccin à l'Indonésie.", transfers: ['Japon>Indonésie:aid:200000'] },
  ],
  'interview answer': [
    { text: "« Nous nous sommes engagés à verser 15 millions d'euros au Niger », a assuré le ministre belge.", transfers: ['Belgique>Niger:funds:15000000'] },
    { text: "« Nous nous engageons à livrer 5 000 tonnes de blé au Tchad », a déclaré le ministre français de l'Agriculture.", transfers: ['France>Tchad:aid:5000'] },
  ],
  'live blog': [
    { text: "11h20 — La France s'apprête à fournir des obus à l'Ukraine.", transfers: ['France>Ukraine:artillery_shells'] },
  ],
  analysis: [
    { text: 'Le Canada a promis un versement de 50 millions de dollars à la Jordanie.', transfers: ['Canada>Jordanie:funds:50000000'] },
    { text: "La Suède a fait un geste envers Kiev. Elle s'est engagée à verser 40 millions d'euros à l'Ukraine.", transfers: ['Suède>Ukraine:funds:40000000'] },
    // a gerund whose subject follows its clause is not read yet
    { text: "En promettant 2 milliards d'euros à l'Égypte, l'Union européenne cherche à contenir les départs.", transfers: ['Union européenne>Égypte:funds:2000000000'], open: true },
  ],
};

describeTransferRegisters('Pledges read as transfers', registers);
