import { describeTransferRegisters, type TransferCase } from './helpers';

// A side the sentence names by a body Trame does not know ("la fondation américaine Harwell Trust", "au fonds Horizonte
// Verde", "Sonagric a acheté") is named, only not known: the article's usual flow must not stand in for it, nor the
// nationality of the unknown body stand for its sender: the side stays open, and a recipient Trame does know (a
// collective body, "l'association des planteurs") is still drawn. Each text first tells a flow the fallback could
// lean on.
// Made-up sentences on aid, rice, vaccines and lending, in several registers; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: 'Les États-Unis ont versé 60 millions de dollars au Kenya. La fondation américaine Harwell Trust a versé 3 millions de dollars au parc national.', transfers: ['États-Unis>Kenya:funds:60000000'] },
    { text: 'Le Vietnam a vendu 300 000 tonnes de riz au Sénégal. Selon la presse, Sonagric a acheté 50 000 tonnes de riz à la Thaïlande.', transfers: ['Viêt Nam>Sénégal:other:300000'] },
  ],
  dispatch: [
    { text: "Le Japon a livré 3 millions de doses au Congo. Le laboratoire danois Medivax a livré 200 000 doses à la coopérative de santé du district.", transfers: ['Japon>Congo:other:3000000', 'Medivax>?:other:200000'], open: true },
    { text: "L'Allemagne a versé 60 millions d'euros à la Namibie. Les Pays-Bas ont apporté 25 millions d'euros au fonds Horizonte Verde.", transfers: ["Allemagne>Namibie:funds:60000000"] },
  ],
  analysis: [
    { text: "Les Pays-Bas ont versé 50 millions d'euros à l'Ouganda. La fondation néerlandaise Van Leer a versé 2 millions d'euros à l'association des planteurs de Mbale.", transfers: ['>association des planteurs:funds:2000000', 'Pays-Bas>Ouganda:funds:50000000'] },
    { text: "La Norvège a versé 50 millions de dollars à la Colombie. L'institut suédois Lindqvist a financé l'étude à hauteur de 2 millions de dollars.", transfers: ['Norvège>Colombie:funds:50000000'] },
  ],
  'live blog': [
    { text: '10h — Le Qatar a envoyé 40 tonnes d’aide à l’Afghanistan. 11h — La fondation turque Yardim a envoyé 12 tonnes d’aide.', transfers: ['Qatar>Afghanistan:aid:40'] },
  ],
  // what stays read: a known body after the same nouns, a state's own fund, a known firm with its nationality
  controls: [
    { text: 'Le Qatar a versé 10 millions de dollars au Fonds monétaire international.', transfers: ['Qatar>Fonds monétaire international:funds:10000000'] },
    { text: "L'Arabie saoudite a versé 25 millions de dollars au fonds souverain du Pakistan.", transfers: ['Arabie Saoudite>Pakistan:funds:25000000'] },
    { text: 'La Chine a vendu 20 000 tonnes de blé au Kenya. Le Kenya a aussi acheté 5 000 tonnes de blé à l’Ukraine.', transfers: ['Chine>Kenya:other:20000', 'Ukraine>Kenya:other:5000'] },
    { text: "La Chine a vendu 20 000 tonnes de blé au Kenya. La coopérative kényane Mavuno a pour sa part acheté 5 000 tonnes de blé à l'Ukraine.", transfers: ['Chine>Kenya:other:20000', 'Ukraine>Mavuno:other:5000'] },
    { text: 'Les États-Unis ont livré 20 blindés au Kenya. Le groupe turc Otokar a livré 40 blindés au Kenya.', transfers: ['États-Unis>Kenya:weapons:20', 'Otokar>Kenya:weapons:40'] },
  ],
};

describeTransferRegisters('A side named by a body Trame does not know', registers);
