import { describe, expect, it } from 'vitest';
import { catalogueParts, catalogues } from '../support/catalogues.ts';

type Catalogue = { [key: string]: string | Catalogue };

// Plural forms differ by language (Spanish has a "many" form English lacks), so keys are
// compared without their plural suffix.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function entries(catalogue: Catalogue, prefix = ''): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(pluralSuffix, '');
      const placeholders = found.get(base) ?? new Set<string>();
      for (const match of value.matchAll(/\{\{(\w+)\}\}|<(\w+)>/g)) placeholders.add(match[1] ?? `<${match[2]}>`);
      found.set(base, placeholders);
    } else {
      for (const [childKey, placeholders] of entries(value, path)) found.set(childKey, placeholders);
    }
  }
  return found;
}

describe('translation catalogues', () => {
  const { es, en } = catalogues;
  const spanish = entries(es);
  const english = entries(en);

  it('keep the on-demand strings apart from those the first page loads', () => {
    for (const [main, onDemand] of Object.values(catalogueParts)) {
      expect(Object.keys(onDemand).filter((block) => block in main)).toEqual([]);
    }
    expect(Object.keys(catalogueParts.en[1]).sort()).toEqual(Object.keys(catalogueParts.es[1]).sort());
  });

  it('have the same keys in Spanish and English', () => {
    expect([...english.keys()].sort()).toEqual([...spanish.keys()].sort());
  });

  it('use the same placeholders and markup in both languages', () => {
    for (const [key, placeholders] of spanish) {
      expect([...(english.get(key) ?? [])].sort(), key).toEqual([...placeholders].sort());
    }
  });

  it('name every canonical reason', async () => {
    const { reasons } = await import('../../server/domain/returns-vocabulary.ts');
    for (const reason of reasons) {
      expect(es.reasons, reason).toHaveProperty(reason);
      expect(en.reasons, reason).toHaveProperty(reason);
    }
  });
});
