import { describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import es from '../../web/src/i18n/es.json' with { type: 'json' };

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
  const spanish = entries(es);
  const english = entries(en);

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
