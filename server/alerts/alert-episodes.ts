// An alert fires once per episode, not on every check: a condition that starts to hold opens an
// episode and fires; the episode stays open, silent, while it holds (or while a check cannot tell),
// and closes only when a check sees it clear. Holding again after that is a new episode.

export type Verdict = 'holds' | 'clear' | 'unknown';

export interface Observation<Figures> {
  /** What in the rule is judged: '' for a rule about one thing, a finding's key for new findings. */
  subject: string;
  verdict: Verdict;
  figures: Figures;
}

export interface Evaluation<Figures> {
  observations: Observation<Figures>[];
  /**
   * The observations list every subject that holds (new findings): an open episode whose subject
   * is not among them has cleared.
   */
  othersClear: boolean;
}

export interface OpenEpisode {
  id: number;
  subject: string;
}

/** What a check changes: the observations that open an episode (and fire), and the episodes that close. */
export function episodeChanges<Figures>(open: readonly OpenEpisode[], evaluation: Evaluation<Figures>) {
  const openBySubject = new Map(open.map((e) => [e.subject, e.id]));
  const seen = new Set(evaluation.observations.map((o) => o.subject));
  const toOpen = evaluation.observations.filter((o) => o.verdict === 'holds' && !openBySubject.has(o.subject));
  const toClose = [
    ...evaluation.observations.filter((o) => o.verdict === 'clear' && openBySubject.has(o.subject)).map((o) => openBySubject.get(o.subject)!),
    ...(evaluation.othersClear ? open.filter((e) => !seen.has(e.subject)).map((e) => e.id) : []),
  ];
  return { toOpen, toClose };
}
