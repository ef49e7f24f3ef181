// The draws the nowcast's and the forecast's intervals are made of: how many returns are still to
// come. Written out over SeededRandom so that an answer is the same on every request.
import type { SeededRandom } from '../demo/seeded-random.ts';

/** The draws' seed: the same data gives the same interval on every request. */
export const drawsSeed = 20_261_204;

/** A standard normal draw (Box–Muller). */
export function normal(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** A Gamma(shape, 1) draw (Marsaglia–Tsang; below shape 1, boosted by U^(1/shape)). */
export function gamma(shape: number, random: SeededRandom): number {
  if (shape < 1) return gamma(shape + 1, random) * (1 - random.next()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(1 - random.next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * A Poisson(mean) draw: by multiplying uniforms while the mean is small, and from the normal
 * approximation above 30, where it is within a count of the exact law at the tails that matter here.
 */
export function poisson(mean: number, random: SeededRandom): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random.next(); product > limit; product *= random.next()) count++;
  return count;
}

/**
 * A Student's t draw with `freedom` degrees of freedom: a spread learnt from a few cohorts is itself
 * uncertain, and the t's heavier tails say so.
 */
export function studentT(freedom: number, random: SeededRandom): number {
  return normal(random) / Math.sqrt((2 * gamma(freedom / 2, random)) / freedom);
}
