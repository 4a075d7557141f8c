import { composite, parseCssColor, relativeLuminance, type Rgb } from './color.ts';

export type Theme = 'light' | 'dark';

/** What the content script reads off the page (see adapters/content/ui-theme.ts). */
export interface PageColors {
  /** Computed `background-color` of the anchor element and each ancestor up to <html>, innermost first. */
  backgrounds: readonly string[];
  /** Computed `color-scheme` of <html> (or the page's `<meta name="color-scheme">` when that is `normal`). */
  colorScheme: string;
  /** `class`, `data-theme`, `data-color-mode`… of <html> and <body>: a site's own theme switch. */
  themeHints: string;
  /** `prefers-color-scheme: dark` matches. */
  prefersDark: boolean;
}

/**
 * Where black and white text contrast equally with a background ((L+0.05)/0.05 = 1.05/(L+0.05),
 * L ≈ 0.179): below it light text reads better, so the page counts as dark.
 */
export const DARK_BELOW_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
/** Chromium's canvas colour for a dark used colour scheme. */
const DARK_CANVAS: Rgb = { r: 18, g: 18, b: 18 };

/** The colour scheme the browser renders the page's canvas and form controls in. */
export function usedColorScheme(colorScheme: string, prefersDark: boolean): Theme {
  const tokens = colorScheme.toLowerCase().split(/\s+/);
  const light = tokens.includes('light');
  const dark = tokens.includes('dark');
  if (dark && light) return prefersDark ? 'dark' : 'light';
  return dark ? 'dark' : 'light';
}

const hintedTheme = (hints: string): Theme | undefined => {
  const words = hints.toLowerCase().split(/[^a-z]+/);
  if (words.includes('dark')) return 'dark';
  if (words.includes('light')) return 'light';
  return undefined;
};

/**
 * The page's theme as the user sees it near the anchor. What is painted wins: translucent layers
 * are composited over the canvas, so a site's own dark mode (a `dark` class that darkens the
 * background) and "follow the system" (prefers-color-scheme, through the page's CSS or its
 * `color-scheme`) both show up as a dark background. A site forced light under a dark system
 * stays light, because a dark panel on a light page is what "matching" must avoid. Only when no
 * layer paints anything does a `dark`/`light` class or data attribute break the tie.
 */
export function pageTheme(colors: PageColors): Theme {
  const layers = colors.backgrounds.map(parseCssColor).filter((c) => c !== undefined && c.a > 0);
  if (layers.length === 0) {
    const hinted = hintedTheme(colors.themeHints);
    if (hinted) return hinted;
  }
  const canvas = usedColorScheme(colors.colorScheme, colors.prefersDark) === 'dark' ? DARK_CANVAS : WHITE;
  const painted = layers.reduceRight<Rgb>((below, layer) => composite(layer!, below), canvas);
  return relativeLuminance(painted) < DARK_BELOW_LUMINANCE ? 'dark' : 'light';
}
