import { type Case, describeStanceRegisters } from './stances-helpers';

// Made-up denials whose object is a demonstrative claim noun ("ces informations", "ces affirmations") right after a
// report by someone else: the denial answers that report and reaches its fact, even when the speaker has facts of
// its own told before. Topics: cobalt, fuel.
const cases: Record<string, Case[]> = {
  'wire brief, a report then a party to other facts denies it': [
    { text: "La Zambie a exporté 3 000 tonnes de cobalt vers la Chine, a annoncé la société publique ZCCM. Selon l'agence Reuters, une partie du cobalt aurait été réexportée vers la Russie. ZCCM a démenti ces informations.", stances: ['Reuters ASSERTS', 'ZCCM DENIES', 'ZCCM ASSERTS'], about: ['ZCCM DENIES > >Russie'], notAbout: ['ZCCM DENIES > Zambie>Chine'] },
  ],
};

describeStanceRegisters(cases);
