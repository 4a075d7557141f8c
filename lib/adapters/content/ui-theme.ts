import { pageTheme, type PageColors, type Theme } from '../../ui/page-theme.ts';

/**
 * The in-page UI's colours and shared styles, in one place: the verdict panel and the status
 * badge both put THEME_CSS first in their shadow roots and only use the `--rampart-*` custom
 * properties it defines. Each shadow host carries `data-theme="light|dark"`, set from what the
 * page looks like (see lib/ui/page-theme.ts); without it (detection failed) the system's
 * prefers-color-scheme decides. Every text/background and edge/background pair is checked against
 * WCAG AA in test/lib/adapters/content/ui-theme.test.ts.
 */
export interface Palette {
  surface: string;
  text: string;
  /** Secondary text (the badge's explanation details). */
  muted: string;
  /** Edges of the panel and the badge. */
  border: string;
  buttonBackground: string;
  buttonText: string;
  buttonBorder: string;
  focus: string;
  /** Tone edges: information, warning, block/error. */
  info: string;
  warn: string;
  block: string;
  /** The badge's state dot: on, degraded, paused. */
  on: string;
  degraded: string;
  paused: string;
  shadow: string;
}

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    surface: '#ffffff',
    text: '#1b1b1f',
    muted: '#4f4f59',
    border: '#6e6e78',
    buttonBackground: '#f1f1f4',
    buttonText: '#1b1b1f',
    buttonBorder: '#6e6e78',
    focus: '#1a5fb4',
    info: '#1a5fb4',
    warn: '#9a5a00',
    block: '#b00020',
    on: '#1d7a36',
    degraded: '#9a5a00',
    paused: '#5f5f69',
    shadow: 'rgba(0, 0, 0, 0.25)',
  },
  dark: {
    surface: '#202124',
    text: '#ececf1',
    muted: '#b9b9c3',
    border: '#8e8e99',
    buttonBackground: '#303136',
    buttonText: '#ececf1',
    buttonBorder: '#8e8e99',
    focus: '#8ab4f8',
    info: '#8ab4f8',
    warn: '#f2b45a',
    block: '#ff8a80',
    on: '#5cc878',
    degraded: '#f2b45a',
    paused: '#a4a4ae',
    shadow: 'rgba(0, 0, 0, 0.6)',
  },
};

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--rampart-surface: #fff; …` plus `color-scheme`, so scrollbars and controls match too. */
export const paletteDeclarations = (theme: Theme): string =>
  [...Object.entries(PALETTES[theme]).map(([name, value]) => `--rampart-${kebab(name)}: ${value};`), `color-scheme: ${theme};`].join(' ');

export const THEME_CSS = `
:host { all: initial; ${paletteDeclarations('light')} }
:host([data-theme="dark"]) { ${paletteDeclarations('dark')} }
@media (prefers-color-scheme: dark) { :host(:not([data-theme])) { ${paletteDeclarations('dark')} } }
button { font: inherit; padding: 4px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--rampart-button-border); background: var(--rampart-button-background); color: var(--rampart-button-text); }
button:focus-visible { outline: 3px solid var(--rampart-focus); outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

/** Attributes chat sites set on <html>/<body> for their own theme switch. */
const HINT_ATTRIBUTES = ['class', 'data-theme', 'data-color-mode', 'data-color-scheme', 'data-mode', 'data-bs-theme'];

/** Changing one of these on <html>/<body> may switch the page's theme (`style` for inline color-scheme). */
export const THEME_SWITCH_ATTRIBUTES: readonly string[] = [...HINT_ATTRIBUTES, 'style'];

/** The next element outwards, crossing out of a shadow root to its host. */
function outwards(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode?.() as ShadowRoot | Document | undefined;
  return root && 'host' in root ? root.host : null;
}

/** Reads the page's colours around `anchor` (default: <body>); undefined without a window. */
export function readPageColors(doc: Document, anchor?: Element | null): PageColors | undefined {
  const win = doc.defaultView;
  if (!win || typeof win.getComputedStyle !== 'function') return undefined;
  const backgrounds: string[] = [];
  for (let element: Element | null = anchor ?? doc.body ?? doc.documentElement; element && backgrounds.length < 64; element = outwards(element)) {
    backgrounds.push(win.getComputedStyle(element).backgroundColor);
  }
  const rootScheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const metaScheme = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const themeHints = [doc.documentElement, doc.body]
    .flatMap((element) => HINT_ATTRIBUTES.map((name) => element?.getAttribute(name) ?? ''))
    .join(' ');
  return {
    backgrounds,
    colorScheme: rootScheme && rootScheme !== 'normal' ? rootScheme : metaScheme,
    themeHints,
    prefersDark: win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  };
}

/**
 * Sets `data-theme` on a shadow host to match the page around `anchor`. Never throws: a page that
 * defeats detection gets the prefers-color-scheme fallback, not a broken panel.
 */
export function applyPageTheme(host: Element, doc: Document, anchor?: Element | null): Theme | undefined {
  let theme: Theme | undefined;
  try {
    const colors = readPageColors(doc, anchor);
    theme = colors && pageTheme(colors);
  } catch {
    theme = undefined;
  }
  if (theme) host.setAttribute('data-theme', theme);
  else host.removeAttribute('data-theme');
  return theme;
}
