import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up statements ending on an inverted pronoun ("m'a-t-il confirmé", "me dit-elle", "a-t-il ajouté") whose
// antecedent is not the subject of the sentence before: the subject of its own sentence, or the person who opened a
// quote that ran over several sentences. Topics: rail, fisheries, a hospital, a port, coffee.
const cases: Record<string, Case[]> = {
  'reportage, pronoun after the verb': [
    // the subject of the verb's own sentence
    { text: "La ministre kényane des Transports, Zipporah Kariuki, m'a reçue mardi. Le directeur du port, Omar Baraka, a suspendu le chantier, qui « reprendra en mai », m'a-t-il confirmé dans son bureau.", stances: ['Omar Baraka ASSERTS'] },
    { text: "Le pêcheur Tevita Fifita a vu partir les thoniers. Le maire de Neiafu, Sione Havili, a fini par céder le quai, qui « ne servait plus », m'a-t-il expliqué.", stances: ['Sione Havili ASSERTS'] },
    // the person who opened a quote that ran over several sentences
    { text: "Le ministre brésilien de l'Agriculture, Carlos Fávaro, est resté à Brasília. À Santos, Ana Ribeiro, directrice du syndicat des exportateurs, se souvient de la crise. « Les cargos attendaient trois semaines. Nous perdions des clients chaque jour », me dit-elle.", stances: ['Ana Ribeiro ASSERTS'] },
  ],
  'wire brief, a relative after the speaker': [
    // "qui" right after an inverted verb's speaker is that speaker, named by a title alone or by name
    { text: "Le Japon a versé 10 millions de dollars au Kenya, a affirmé le ministre kényan des Finances, qui a aussi démenti toute contrepartie.", stances: ['Kenya ASSERTS', 'Kenya DENIES'] },
    { text: "L'Inde a livré 40 000 tonnes de riz au Bénin, a indiqué la ministre béninoise du Commerce, qui a toutefois démenti tout accord de troc.", stances: ['Bénin ASSERTS', 'Bénin DENIES'] },
  ],
};

describeStanceRegisters(cases);
