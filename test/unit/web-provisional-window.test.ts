import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import es from '../../web/src/i18n/es.json' with { type: 'json' };
import { provisionalWindow } from '../../web/src/metrics/provisional-window.ts';

describe('the window a provisional note names', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    // as the app's i18n.ts: React escapes, not i18next
    await i18n.init({ resources: { es: { translation: es }, en: { translation: en } }, lng: 'es', interpolation: { escapeValue: false } });
  });

  it('the policy window, when the shop\'s returns come within it', () => {
    // a shop whose returns are requested within the policy's 30 days: the trend answers windowDays 30
    expect(provisionalWindow({ returnWindowDays: 30, windowDays: 30 }, i18n.t)).toBe('30 días');
  });

  it('the learnt window, said as such, when the returns come later than the policy and keep months open longer', () => {
    // /work/shared/samples/ecommerce_returns_combined.csv: returns up to 387+ days after the order;
    // the trend answers returnWindowDays 30, windowDays 564.1 (95th percentile of order → request
    // days), so every 2024 month is still open on 31 December 2024: the note says 565 days, not 30.
    expect(provisionalWindow({ returnWindowDays: 30, windowDays: 564.1 }, i18n.t)).toBe(
      '565 días: en tus datos, el 95 % de las devoluciones se pide dentro de ese plazo desde el pedido, más que los 30 días de tu política',
    );
    expect(provisionalWindow({ returnWindowDays: 30, windowDays: 564.1 }, i18n.getFixedT('en'))).toBe(
      "565 days: in your data 95% of returns are requested within that many days of the order, longer than your policy's 30 days",
    );
  });

  it('a dash while the window is not known yet', () => {
    expect(provisionalWindow(undefined, i18n.t)).toBe('— días');
  });
});
