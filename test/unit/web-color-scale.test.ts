import { describe, expect, it } from 'vitest';
import { contrastRatio, sequentialColor, textColorOn } from '../../web/src/lib/color-scale.ts';
import { preventableColors, reasonColor, resolutionColors, returnRateColors } from '../../web/src/lib/palette.ts';

describe('heat map colours', () => {
  it('run from near-white to dark, clamped', () => {
    expect(sequentialColor(0)).toBe('#f1f4f8');
    expect(sequentialColor(1)).toBe('#1d3c6e');
    expect(sequentialColor(-2)).toBe(sequentialColor(0));
    expect(sequentialColor(7)).toBe(sequentialColor(1));
  });

  it('keep the cell text at WCAG AA contrast (4.5:1) on every shade', () => {
    for (let step = 0; step <= 100; step++) {
      const background = sequentialColor(step / 100);
      expect(contrastRatio(background, textColorOn(background)), background).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('compute the WCAG ratio of black on white as 21', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
  });
});

describe('meaning colours', () => {
  // Marks and legend swatches are graphics: WCAG asks 3:1 against the white page for them.
  const colours = {
    ...resolutionColors,
    ...returnRateColors,
    ...preventableColors,
    sizeTooSmall: reasonColor('size_too_small'),
    defective: reasonColor('defective'),
    damaged: reasonColor('damaged_in_transit'),
  };
  it.each(Object.entries(colours))('%s stands out from the white page (3:1)', (_name, colour) => {
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
