import { describeTransferRegisters, type TransferCase } from './helpers';

// One verb, two objects each with its own receiver: "A livre des X à B et des Y à C". The second object after "et" takes
// the receiver named after it, not the first one's; a second verb after "et" keeps its own object. Made-up sentences on
// arms, grain, energy and money, from the Sahel to South-East Asia; "sender>recipient:kind[:quantity]".
const registers: Record<string, TransferCase[]> = {
  'wire brief': [
    { text: 'La Turquie a livré six drones au Niger et quatre blindés au Burkina Faso.', transfers: ['Turquie>Niger:weapons:6', 'Turquie>Burkina Faso:weapons:4'] },
    { text: 'Le Japon a vendu des radars aux Philippines et des patrouilleurs au Viêt Nam, selon Tokyo.', transfers: ['Japon>Philippines:weapons', 'Japon>Viêt Nam:weapons'] },
  ],
  dispatch: [
    { text: "Cet hiver, la Russie a livré du blé à l'Égypte et du pétrole à la Syrie.", transfers: ['Russie>Égypte:aid', 'Russie>Syrie:oil'] },
    // a second verb keeps its object
    { text: 'La Chine a vendu des drones au Mali et a livré des blindés au Niger.', transfers: ['Chine>Mali:weapons', 'Chine>Niger:weapons'] },
  ],
  analysis: [
    // one receiver for both objects
    { text: 'La Turquie a livré des drones et des blindés au Niger.', transfers: ['Turquie>Niger:weapons'] },
    { text: 'La Turquie a livré des drones au Niger et des blindés.', transfers: ['Turquie>Niger:weapons', 'Turquie>Niger:weapons'] },
  ],
  'aid bulletin': [
    { text: "L'Union européenne a versé 20 millions d'euros au Tchad et 15 millions d'euros au Niger.", transfers: ['Union européenne>Tchad:funds:20000000', 'Union européenne>Niger:funds:15000000'] },
  ],
};

describeTransferRegisters('One verb, two objects with their own receivers', registers);
