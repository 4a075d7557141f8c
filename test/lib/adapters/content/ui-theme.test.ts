import { describe, expect, it } from 'vitest';
import { applyPageTheme, paletteDeclarations, PALETTES, readPageColors, THEME_CSS, type Palette } from '../../../../lib/adapters/content/ui-theme.ts';
import { contrastRatio, parseCssColor } from '../../../../lib/ui/color.ts';
import { FakeDocument } from '../../../support/fake-dom.ts';

const rgb = (hex: string) => parseCssColor(hex)!;

/** [foreground, background, minimum ratio]: 4.5 for text (WCAG 1.4.3 AA), 3 for edges and indicators (1.4.11). */
const PAIRS: [keyof Palette, keyof Palette, number][] = [
  ['text', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['buttonText', 'buttonBackground', 4.5],
  ['border', 'surface', 3],
  ['buttonBorder', 'surface', 3],
  ['buttonBorder', 'buttonBackground', 3],
  ['focus', 'surface', 3],
  ['focus', 'buttonBackground', 3],
  ['info', 'surface', 3],
  ['warn', 'surface', 3],
  ['block', 'surface', 3],
  ['on', 'surface', 3],
  ['degraded', 'surface', 3],
  ['paused', 'surface', 3],
];

describe('palettes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it.each(PAIRS)(`${theme}: %s on %s ≥ %s:1`, (foreground, background, minimum) => {
      const ratio = contrastRatio(rgb(PALETTES[theme][foreground]), rgb(PALETTES[theme][background]));
      expect(ratio).toBeGreaterThanOrEqual(minimum);
    });
  }

  it('every colour parses, and the two palettes name the same properties', () => {
    expect(Object.keys(PALETTES.dark)).toEqual(Object.keys(PALETTES.light));
    for (const palette of Object.values(PALETTES)) for (const value of Object.values(palette)) expect(parseCssColor(value), value).toBeDefined();
  });

  it('the edge stands out from the page behind the panel, too (white; near-black and black)', () => {
    expect(contrastRatio(rgb(PALETTES.light.border), rgb('#ffffff'))).toBeGreaterThanOrEqual(3);
    for (const page of ['#121212', '#000000']) expect(contrastRatio(rgb(PALETTES.dark.border), rgb(page))).toBeGreaterThanOrEqual(3);
  });
});

describe('THEME_CSS', () => {
  it('defines the light palette on the host, dark by data-theme, and the system preference as fallback', () => {
    expect(paletteDeclarations('light')).toContain('--rampart-surface: #ffffff;');
    expect(paletteDeclarations('dark')).toContain('--rampart-button-background: #303136;');
    expect(paletteDeclarations('dark')).toContain('color-scheme: dark;');
    expect(THEME_CSS).toContain(`:host { all: initial; ${paletteDeclarations('light')} }`);
    expect(THEME_CSS).toContain(`:host([data-theme="dark"]) { ${paletteDeclarations('dark')} }`);
    expect(THEME_CSS).toMatch(/@media \(prefers-color-scheme: dark\) \{ :host\(:not\(\[data-theme\]\)\) \{ --rampart-surface: #202124;/);
    expect(THEME_CSS).toContain('button:focus-visible { outline: 3px solid var(--rampart-focus)');
  });
});

describe('reading the page', () => {
  it('collects backgrounds from the anchor outwards, the color scheme and theme hints', () => {
    const doc = new FakeDocument();
    const main = doc.createElement('main');
    const composer = doc.createElement('div');
    main.append(composer);
    doc.body.append(main);
    main.computedStyle.backgroundColor = 'rgb(1, 2, 3)';
    doc.documentElement.setAttribute('class', 'theme dark');
    doc.body.dataset.theme = 'night';
    doc.defaultView.prefersDark = true;
    expect(readPageColors(doc as unknown as Document, composer as unknown as Element)).toEqual({
      backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(1, 2, 3)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'],
      colorScheme: '',
      themeHints: expect.stringMatching(/^theme dark .*night/),
      prefersDark: true,
    });
  });

  it('falls back to <meta name="color-scheme"> when the root says normal', () => {
    const doc = new FakeDocument();
    const meta = doc.createElement('meta');
    meta.setAttribute('name', 'color-scheme');
    meta.setAttribute('content', 'dark light');
    doc.documentElement.append(meta);
    expect(readPageColors(doc as unknown as Document)?.colorScheme).toBe('dark light');
    doc.documentElement.computedStyle.colorScheme = 'light';
    expect(readPageColors(doc as unknown as Document)?.colorScheme).toBe('light');
  });

  it('crosses out of a shadow root to its host', () => {
    const doc = new FakeDocument();
    const host = doc.createElement('chat-box');
    host.computedStyle.backgroundColor = 'rgb(9, 9, 9)';
    doc.body.append(host);
    const inner = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(readPageColors(doc as unknown as Document, inner as unknown as Element)?.backgrounds.slice(0, 2)).toEqual([
      'rgba(0, 0, 0, 0)',
      'rgb(9, 9, 9)',
    ]);
  });

  it('sets data-theme from the page, and removes it when the page cannot be read', () => {
    const doc = new FakeDocument();
    const host = doc.createElement('rampart-verdict');
    expect(applyPageTheme(host as unknown as Element, doc as unknown as Document)).toBe('light');
    expect(host.getAttribute('data-theme')).toBe('light');
    doc.body.computedStyle.backgroundColor = '#111';
    expect(applyPageTheme(host as unknown as Element, doc as unknown as Document)).toBe('dark');
    expect(host.getAttribute('data-theme')).toBe('dark');
    const broken = { defaultView: { getComputedStyle: () => { throw new Error('detached'); } }, body: doc.body, documentElement: doc.documentElement };
    expect(applyPageTheme(host as unknown as Element, broken as unknown as Document)).toBeUndefined();
    expect(host.hasAttribute('data-theme')).toBe(false);
    expect(applyPageTheme(host as unknown as Element, { defaultView: null } as unknown as Document)).toBeUndefined();
  });
});
