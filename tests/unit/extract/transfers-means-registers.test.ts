import { describeTransferRegisters } from './helpers';

// Money named as the means of what the subject did ("avec un prêt de N de Y", "grâce à un don japonais") goes to that
// subject: the lender or donor is named on the goods, after "de" or by a nationality. Without a named giver, or with
// weapons as the means ("a frappé avec des drones iraniens"), nothing is said to move. Made-up sentences on ports,
// roads, vaccines and schools, in several registers.
describeTransferRegisters('funds named as the means of the subject’s act', {
  wire: [
    { text: 'Le Ghana a construit un port avec un prêt de 400 millions de dollars de la Chine.', transfers: ['Chine>Ghana:funds:400000000'] },
    { text: 'Le Ghana a construit un port grâce à un don de 400 millions de dollars du Japon.', transfers: ['Japon>Ghana:funds:400000000'] },
    // a giver named by a nationality on the money
    { text: 'Le Ghana a construit un port avec un prêt chinois de 400 millions de dollars.', transfers: ['Chine>Ghana:funds:400000000'], open: true },
    // the builder is the lender's side: no giver named on the money
    { text: 'La Chine a construit un port au Ghana avec un prêt de 400 millions de dollars.', transfers: [] },
  ],
  dispatch: [
    { text: 'La Zambie a rénové 300 kilomètres de routes grâce à un prêt de 200 millions de dollars de la Banque mondiale.', transfers: ['Banque mondiale>Zambie:funds:200000000'] },
    // no giver named: the subject's own money
    { text: 'Le Kenya a construit une route avec un budget de 50 millions de dollars.', transfers: [] },
  ],
  analysis: [
    { text: "Le Sénégal a vacciné deux millions d’enfants avec un financement de 30 millions d'euros de l'Union européenne.", transfers: ['Union européenne>Sénégal:funds:30000000'] },
    // weapons as the means of a strike move nothing
    { text: "L'armée russe a frappé Kharkiv avec des drones iraniens.", transfers: [] },
  ],
});
