import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseCssColor, relativeLuminance } from '../../../lib/ui/color.ts';

const rounded = (color: ReturnType<typeof parseCssColor>) =>
  color && { r: Math.round(color.r), g: Math.round(color.g), b: Math.round(color.b), a: Math.round(color.a * 100) / 100 };

describe('parseCssColor', () => {
  it('reads what getComputedStyle reports', () => {
    expect(parseCssColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColor('rgba(33, 33, 33, 0.5)')).toEqual({ r: 33, g: 33, b: 33, a: 0.5 });
    expect(parseCssColor('rgb(10 20 30 / 25%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseCssColor('transparent')?.a).toBe(0);
    expect(parseCssColor('color(srgb 1 0.5 0)')).toEqual({ r: 255, g: 127.5, b: 0, a: 1 });
  });

  it('reads hex in all four lengths', () => {
    expect(parseCssColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('#0008')).toEqual({ r: 0, g: 0, b: 0, a: 0x88 / 255 });
    expect(parseCssColor('#1a5fb4')).toEqual({ r: 0x1a, g: 0x5f, b: 0xb4, a: 1 });
    expect(parseCssColor('#1a5fb480')?.a).toBeCloseTo(0.5, 2);
  });

  it('converts oklch/oklab (Chromium keeps them in computed styles)', () => {
    expect(rounded(parseCssColor('oklch(1 0 0)'))).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(rounded(parseCssColor('oklch(0 0 0)'))).toEqual({ r: 0, g: 0, b: 0, a: 1 });
    // Reference values from the CSS Color 4 spec's conversion code: oklch(62.8% 0.2577 29.23) is #ff0000.
    expect(rounded(parseCssColor('oklch(62.8% 0.2577 29.23deg)'))).toMatchObject({ r: 255, g: 0, b: 0 });
    expect(rounded(parseCssColor('oklab(0.628 0.2249 0.1258 / 0.5)'))).toEqual({ r: 255, g: 0, b: 0, a: 0.5 });
    // A Tailwind 4 dark surface (zinc-900) is dark.
    expect(relativeLuminance(parseCssColor('oklch(0.21 0.006 285.885)')!)).toBeLessThan(0.03);
  });

  it('refuses what it cannot read instead of guessing', () => {
    for (const value of ['', 'red', 'lab(50 0 0)', 'color(display-p3 1 0 0)', 'rgb(a, b, c)', '#12345', 'var(--x)']) {
      expect(parseCssColor(value), value).toBeUndefined();
    }
  });
});

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    const white = { r: 255, g: 255, b: 255 };
    const black = { r: 0, g: 0, b: 0 };
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5);
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
    // #767676 on white is the classic "just passes AA" grey (4.54:1).
    expect(contrastRatio({ r: 0x76, g: 0x76, b: 0x76 }, white)).toBeCloseTo(4.54, 2);
  });

  it('composites a translucent layer over what is below', () => {
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255 })).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
    expect(composite({ r: 9, g: 9, b: 9, a: 1 }, { r: 255, g: 255, b: 255 })).toEqual({ r: 9, g: 9, b: 9 });
    expect(composite({ r: 9, g: 9, b: 9, a: 0 }, { r: 1, g: 2, b: 3 })).toEqual({ r: 1, g: 2, b: 3 });
  });
});
