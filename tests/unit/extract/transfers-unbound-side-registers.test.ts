import { describeTransferRegisters, type TransferCase } from './helpers';

// A side the sentence holds but Trame cannot name is open, not the article's: a buying verb's subject is its receiver
// ("La coopérative Fiskar a acheté 3 000 tonnes au Chili"), so the receiver of the flow just before must not stand in;
// and a sum with no side at all, among several flows of money, is no tranche of the nearest one (money is paid to and
// by many), while one flow of money still owns it.
// Made-up sentences on fish, rice, vaccines, loans, grants; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  dispatch: [
    { text: "La Norvège a vendu 20 000 tonnes de saumon au Japon. La coopérative Fiskar a aussi acheté 3 000 tonnes de saumon au Chili.", transfers: ['Chili>Fiskar:other:3000', 'Norvège>Japon:other:20000'] },
    // a named buyer still receives
    { text: "La Norvège a vendu 20 000 tonnes de saumon au Japon. La Corée du Sud a aussi acheté 3 000 tonnes de saumon au Chili.", transfers: ['Chili>Corée du Sud:other:3000', 'Norvège>Japon:other:20000'] },
  ],
  'wire brief': [
    // open: leaving every unbound buyer open also dropped right readings of "Son pays achète de l'eau à Israël"
    { text: "Le Cambodge a vendu 200 000 tonnes de riz aux Philippines. Mais l'office Vinafood a aussi acheté 100 000 tonnes de riz à la Thaïlande, a précisé son directeur.", transfers: ['Cambodge>Philippines:other:200000'], open: true },
  ],
  'live blog': [
    { text: "10 h 00 — Le Japon a prêté 2 milliards de dollars à l'Indonésie. 11 h 30 — La Chine a prêté 1 milliard de dollars au Laos. 12 h 00 — Les porteurs d'obligations ont échangé 3 milliards de dollars de titres contre de nouvelles obligations.", transfers: ['Chine>Laos:funds:1000000000', 'Japon>Indonésie:funds:2000000000'] },
  ],
};

describeTransferRegisters('A side held by an unnamed actor', registers);
