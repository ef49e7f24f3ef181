// How sure a pairing of a column with a field is (0–1): shared by the server, which proposes the
// pairings, and the page, which marks the unsure ones.

/** Below this a pairing is not proposed: the person maps the column by hand. */
export const minimumConfidence = 0.6;
/** From this a pairing is taken as sure: a name, a typo or a reordering of one. Below, the person confirms it. */
export const highConfidence = 0.85;
