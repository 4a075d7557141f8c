import { describe, expect, it } from 'vitest';
import { DARK_BELOW_LUMINANCE, pageTheme, usedColorScheme, type PageColors } from '../../../lib/ui/page-theme.ts';

const page = (overrides: Partial<PageColors>): PageColors => ({
  backgrounds: ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'],
  colorScheme: 'normal',
  themeHints: '',
  prefersDark: false,
  ...overrides,
});

describe('pageTheme', () => {
  it('a page that paints nothing is the browser canvas: white unless its color-scheme allows dark', () => {
    expect(pageTheme(page({}))).toBe('light');
    // prefers dark alone does not darken a page that never opted in: it still renders white.
    expect(pageTheme(page({ prefersDark: true }))).toBe('light');
    expect(pageTheme(page({ colorScheme: 'light dark', prefersDark: true }))).toBe('dark');
    expect(pageTheme(page({ colorScheme: 'light dark', prefersDark: false }))).toBe('light');
    expect(pageTheme(page({ colorScheme: 'dark' }))).toBe('dark');
    expect(pageTheme(page({ colorScheme: 'only light', prefersDark: true }))).toBe('light');
  });

  it('what the site paints wins: its own dark mode, or a light site under a dark system', () => {
    expect(pageTheme(page({ backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(33, 33, 33)', 'rgb(255, 255, 255)'] }))).toBe('dark');
    expect(pageTheme(page({ backgrounds: ['rgb(255, 255, 255)'], prefersDark: true, colorScheme: 'light dark' }))).toBe('light');
    expect(pageTheme(page({ backgrounds: ['oklch(0.21 0.006 285.885)'] }))).toBe('dark');
    expect(pageTheme(page({ backgrounds: ['rgb(244, 244, 244)'], themeHints: 'dark' }))).toBe('light');
  });

  it('composites translucent layers over what lies below', () => {
    // A faint white wash over a dark body is still dark; a strong black veil over white is dark.
    expect(pageTheme(page({ backgrounds: ['rgba(255, 255, 255, 0.05)', 'rgb(20, 20, 20)'] }))).toBe('dark');
    expect(pageTheme(page({ backgrounds: ['rgba(0, 0, 0, 0.9)'] }))).toBe('dark');
    expect(pageTheme(page({ backgrounds: ['rgba(0, 0, 0, 0.1)'] }))).toBe('light');
    // A translucent layer over a dark canvas.
    expect(pageTheme(page({ backgrounds: ['rgba(255, 255, 255, 0.1)'], colorScheme: 'dark' }))).toBe('dark');
  });

  it('a dark/light class or data attribute decides only when nothing is painted', () => {
    expect(pageTheme(page({ themeHints: 'theme-dark antialiased' }))).toBe('dark');
    expect(pageTheme(page({ themeHints: 'dark', colorScheme: 'light dark', prefersDark: true }))).toBe('dark');
    expect(pageTheme(page({ themeHints: 'light', colorScheme: 'dark' }))).toBe('light');
    // Words, not substrings: "darkreader" or "highlight" say nothing.
    expect(pageTheme(page({ themeHints: 'darkreader highlight' }))).toBe('light');
  });

  it('ignores colours it cannot read', () => {
    expect(pageTheme(page({ backgrounds: ['lab(5 0 0)', 'rgb(250, 250, 250)'] }))).toBe('light');
  });

  it('splits at the luminance where black and white text contrast equally', () => {
    expect(DARK_BELOW_LUMINANCE).toBeCloseTo(0.179, 3);
    expect(pageTheme(page({ backgrounds: ['rgb(118, 118, 118)'] }))).toBe('light'); // L ≈ 0.181
    expect(pageTheme(page({ backgrounds: ['rgb(117, 117, 117)'] }))).toBe('dark'); // L ≈ 0.178
  });
});

describe('usedColorScheme', () => {
  it('follows the preference only when the page supports both', () => {
    expect(usedColorScheme('normal', true)).toBe('light');
    expect(usedColorScheme('dark light', true)).toBe('dark');
    expect(usedColorScheme('DARK', false)).toBe('dark');
    expect(usedColorScheme('', true)).toBe('light');
  });
});
