// Colour for a heat map cell, and the text colour that stays readable on it (WCAG AA, 4.5:1).

type Rgb = [number, number, number];

const low: Rgb = [0xf1, 0xf4, 0xf8];
const high: Rgb = [0x1d, 0x3c, 0x6e];
// Black, not the page's ink: on the middle shades only black or white reaches 4.5:1.
const darkText = '#000000';
const lightText = '#ffffff';

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(color: string): Rgb {
  const value = color.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

/** Relative luminance (WCAG 2). */
export function luminance(color: string): number {
  const [r, g, b] = parseHex(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A sequential blue from near-white (0) to dark (1); values outside are clamped. */
export function sequentialColor(share: number): string {
  const t = Math.min(1, Math.max(0, share));
  return hex(low.map((c, i) => c + (high[i]! - c) * t) as Rgb);
}

/** Whichever of near-black and white reads better on the background. */
export function textColorOn(background: string): string {
  return contrastRatio(background, darkText) >= contrastRatio(background, lightText) ? darkText : lightText;
}
