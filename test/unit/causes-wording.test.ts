import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingSentence, reasonLabels, type FindingFacts } from '../../server/causes/cause-wording.ts';
import { projectRoot } from '../../server/config.ts';
import { reasons } from '../../server/domain/returns-vocabulary.ts';

const sku: FindingFacts = {
  dimension: 'sku',
  values: { sku: 'ZAP-URB-42' },
  category: 'Calzado',
  measure: 'all',
  lift: 3.8,
  reason: 'size_too_small',
  reasonShare: 0.81,
  excessValue: 4_100_000,
  startMonth: null,
  endMonth: null,
};

describe('findingSentence', () => {
  it('says what stands out, against what, why and for how much, in es-AR and en-US', () => {
    expect(findingSentence(sku, 'es', 'ARS')).toBe('ZAP-URB-42 se devuelve 3,8× más que el resto de Calzado; 81% por Talle chico; exceso estimado $4,1\u00a0M');
    expect(findingSentence(sku, 'en', 'ARS')).toBe('ZAP-URB-42 comes back 3.8× as often as the rest of Calzado; 81% for Too small; estimated excess $4.1M');
  });

  it('a reason finding names the reason and its share; a wave gives its months', () => {
    const oca: FindingFacts = {
      ...sku,
      dimension: 'carrier',
      values: { carrier: 'OCA' },
      category: undefined,
      measure: 'damaged_in_transit',
      lift: 1.87,
      reason: 'damaged_in_transit',
      reasonShare: 0.06,
      excessValue: 5_500_000,
      startMonth: '2025-06-01',
      endMonth: '2025-09-01',
    };
    expect(findingSentence(oca, 'es', 'ARS')).toBe(
      'OCA tiene 1,9× más devoluciones por Dañado en el envío que los otros transportistas (6% de sus devoluciones); exceso estimado $5,5\u00a0M; de junio a septiembre de 2025',
    );
    expect(findingSentence({ ...oca, endMonth: null }, 'en', 'USD')).toBe(
      'OCA has 1.9× as many returns for Damaged in transit as the other carriers (6% of its returns); estimated excess $5.5M; since June 2025',
    );
  });

  it('a pair is measured against what its two halves predict; a span across years names both', () => {
    const pair: FindingFacts = { ...sku, dimension: 'carrier_region', values: { carrier: 'OCA', region: 'CABA' }, category: undefined, startMonth: '2024-11-01', endMonth: '2025-02-01' };
    expect(findingSentence(pair, 'es', 'ARS')).toBe(
      'OCA en CABA se devuelve 3,8× más de lo que anticipan OCA y CABA por separado; 81% por Talle chico; exceso estimado $4,1\u00a0M; de noviembre de 2024 a febrero de 2025',
    );
    const channel: FindingFacts = { ...sku, dimension: 'category_channel', values: { category: 'Calzado', channel: 'App' }, category: undefined };
    expect(findingSentence(channel, 'en', null)).toBe('Calzado on App comes back 3.8× as often as Calzado and App predict on their own; 81% for Too small; estimated excess 4.1M');
  });

  it('with nothing of the kind in the comparison, the multiple is "many times"', () => {
    const nowhereElse: FindingFacts = { ...sku, dimension: 'carrier', values: { carrier: 'OCA' }, measure: 'damaged_in_transit', lift: null, reason: 'damaged_in_transit', reasonShare: 0.2 };
    expect(findingSentence(nowhereElse, 'es', 'ARS')).toMatch(/^OCA tiene muchas veces más devoluciones por Dañado en el envío que los otros transportistas/);
    expect(findingSentence(nowhereElse, 'en', 'ARS')).toMatch(/^OCA has many times as many returns for Damaged in transit as the other carriers/);
  });

  it('uses the web app’s own names for every reason', () => {
    for (const language of ['es', 'en'] as const) {
      const catalogue = JSON.parse(fs.readFileSync(path.join(projectRoot, 'web', 'src', 'i18n', `${language}.json`), 'utf8'));
      for (const reason of reasons) expect(reasonLabels[language][reason]).toBe(catalogue.reasons[reason]);
    }
  });
});
