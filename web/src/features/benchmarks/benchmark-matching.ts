/** The parts of a benchmark entry that decide where it is shown. */
export interface MatchableBenchmark {
  metric: string;
  scope: { category?: string };
  categoryNames: readonly string[];
}

/** Lower case, without accents or surrounding spaces: "Indumentaria " and "indumentaria" are one name. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase();
}

/** Figures for the shop as a whole (no category in their scope) of one metric. */
export function overallBenchmarks<Entry extends MatchableBenchmark>(entries: readonly Entry[], metric: string): Entry[] {
  return entries.filter((entry) => entry.metric === metric && !entry.scope.category);
}

/**
 * Category figures of one metric, each with the shop categories it matches: a category matches
 * when its name is one of the entry's `categoryNames`, compared without case or accents. The
 * names are part of the editable table, so a shop whose category is "Remeras" adds it there.
 */
export function categoryBenchmarks<Entry extends MatchableBenchmark>(entries: readonly Entry[], metric: string, shopCategories: readonly string[]) {
  return entries
    .filter((entry) => entry.metric === metric && entry.scope.category)
    .map((entry) => {
      const names = new Set(entry.categoryNames.map(foldName));
      return { entry, categories: shopCategories.filter((category) => names.has(foldName(category))) };
    })
    .filter((match) => match.categories.length > 0);
}
