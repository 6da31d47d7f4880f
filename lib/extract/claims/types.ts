// What the claim readers share with the rest of the extractor.


/** A fact node placed in a sentence, that a claim can be about. */
export interface PlacedFact {
  id: string;
  sentenceId: string;
  start: number;
  end: number;
}

/** Claims already made in the article, so that "cette affirmation" can point back. */
export interface ClaimMemory {
  claims: Array<{ id: string; speaker?: string; sentenceIndex: number }>;
  lastSpeakerPerson?: string;
  /** The author a byline names ("Par Claire Martin, chercheuse ..."): who "je" and "nous" are. */
  author?: string;
  /** The person subject of each sentence read, by sentence index: "a-t-il ajouté" in the next one points to it. */
  subjects?: Map<number, string>;
  /** The actor (state, body or person) opening each sentence read, by index: what "Il a démenti" in the next one may be. */
  openers?: Map<number, string>;
  /** The person an interview is with (two questions or more, named in the opening). */
  interviewee?: string;
  /** Who answers the current lines ("Juma Mkuu : ..."), until the next question. */
  answering?: string;
  /** The sentences of the interviewer's paragraphs, by index (see interviewPrompts): never the guest's answers. */
  prompts?: Set<number>;
  /** Whether an interview question was read: answers come after one. */
  asked?: boolean;
  /** The sentence index of the last question asked: an answer's denial is about what was asked since the guest last spoke. */
  lastQuestion?: number;
  /** Organisations named so far, in order: what "le quotidien" or "l'agence" in a later sentence stands for. */
  organizations?: Array<{ id: string; sentenceIndex: number; noun?: string }>;
  /** Texts of the sentences already read, by id: an earlier fact is checked in its own words. */
  texts?: Map<string, string>;
}
