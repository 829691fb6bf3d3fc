/**
 * Shape of one language's attribution data. Every entry is lower-case; matching is on whole
 * word tokens (letters, digits, inner hyphens and apostrophes), so inflected forms are listed.
 */
export interface CueData {
  /** Reporting verbs and their forms ("said", "заявил", "řekl"): one token each. */
  readonly verbs: readonly string[];
  /** Multi-word reporting phrases ("went on", "fügte hinzu" is not contiguous: list "fügte"). */
  readonly phrases: readonly string[];
  /** Phrases after which the source follows inside the same clause ("according to X", "по словам X"). */
  readonly sourcePhrases: readonly string[];
  /** Personal pronouns that can be a speaker mention ("he", "она"). */
  readonly pronouns: readonly string[];
  /**
   * Words that stop a speaker mention when reading after the cue: prepositions, conjunctions and
   * subordinators ("at", "when", "that", "на", "že").
   */
  readonly stops: readonly string[];
  /** Determiners that may open a nominal mention ("the", "ein"). */
  readonly determiners: readonly string[];
  /** Separable verb particles that may follow a cue ("fügte … hinzu", "teilte … mit"). */
  readonly particles?: readonly string[];
  /** Auxiliaries that may stand between the closing mark and the cue ("», a déclaré X"). */
  readonly auxiliaries?: readonly string[];
  /** Cues whose object is the addressee, not the speaker ("told the newspaper"). */
  readonly addressee?: readonly string[];
  /** Prepositions that introduce the agent after a cue ("Zitat von X", "quoted by X"). */
  readonly agents?: readonly string[];
}
