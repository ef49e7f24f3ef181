/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the order given: a test is a discovery at
 * false-discovery rate q when its q-value is ≤ q. The k-th smallest p-value is scaled by m / k,
 * and each q-value is the smallest scaled value at or above its rank, so q-values keep the order
 * of the p-values and never exceed 1.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const qValues = new Array<number>(m);
  let smallestAbove = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1]!;
    smallestAbove = Math.min(smallestAbove, (p * m) / rank);
    qValues[index] = smallestAbove;
  }
  return qValues;
}
