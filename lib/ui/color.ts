/**
 * Just enough colour maths for the in-page UI: read the colours `getComputedStyle` reports,
 * composite translucent backgrounds, and measure WCAG contrast. Pure (tested in Node).
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface Rgba extends Rgb {
  /** 0 (transparent) … 1 (opaque). */
  a: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** A number, a percentage of `full`, or `none` (CSS Color 4: zero). */
function component(token: string | undefined, full: number): number {
  if (token === undefined || token === 'none') return 0;
  const value = token.endsWith('%') ? (Number.parseFloat(token) / 100) * full : Number.parseFloat(token);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** `(a b c / d)` or legacy `(a, b, c, d)` → the four tokens (alpha undefined when absent). */
function args(inner: string): [string | undefined, string | undefined, string | undefined, string | undefined] {
  const [main, slashAlpha] = inner.split('/');
  const tokens = main!.split(/[\s,]+/).filter(Boolean);
  return [tokens[0], tokens[1], tokens[2], slashAlpha?.trim() || tokens[3]];
}

const alphaOf = (token: string | undefined): number => (token === undefined ? 1 : clamp(component(token, 1), 0, 1));

/** Linear-light sRGB channel (0…1) → 8-bit gamma-encoded. */
const encode = (linear: number): number => {
  const c = clamp(linear, 0, 1);
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** OKLab → sRGB (Björn Ottosson's published matrices), gamut-clipped. */
function fromOklab(l: number, a: number, b: number): Rgb {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return {
    r: encode(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_),
    g: encode(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_),
    b: encode(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_),
  };
}

/**
 * A computed colour: `rgb()`/`rgba()` (what browsers report for most authored colours),
 * `#rgb[a]`/`#rrggbb[aa]`, `transparent`, `color(srgb …)` and the `oklch()`/`oklab()` that
 * Chromium keeps as-is in computed styles (Tailwind 4 themes use them). Undefined for anything
 * else (lab(), display-p3, …): the caller treats it as unknown rather than guessing.
 */
export function parseCssColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : hex.match(/../g)!;
    const [r, g, b, a = 255] = digits.map((pair) => Number.parseInt(pair, 16));
    return { r: r!, g: g!, b: b!, a: a / 255 };
  }
  const fn = /^(rgba?|oklch|oklab|color)\((.*)\)$/.exec(text);
  if (!fn) return undefined;
  const [, name, inner] = fn;
  let rgb: Rgb;
  let alpha: number;
  if (name === 'rgb' || name === 'rgba') {
    const [r, g, b, a] = args(inner!);
    rgb = { r: component(r, 255), g: component(g, 255), b: component(b, 255) };
    alpha = alphaOf(a);
  } else if (name === 'color') {
    const [space, ...rest] = inner!.trim().split(/\s+/);
    if (space !== 'srgb') return undefined;
    const [r, g, b, a] = args(rest.join(' '));
    rgb = { r: component(r, 1) * 255, g: component(g, 1) * 255, b: component(b, 1) * 255 };
    alpha = alphaOf(a);
  } else {
    const [l, x, y, a] = args(inner!);
    const lightness = component(l, 1);
    if (name === 'oklab') rgb = fromOklab(lightness, component(x, 0.4), component(y, 0.4));
    else {
      const chroma = component(x, 0.4);
      const hue = (component(y, 360) * Math.PI) / 180;
      rgb = fromOklab(lightness, chroma * Math.cos(hue), chroma * Math.sin(hue));
    }
    alpha = alphaOf(a);
  }
  const channels = [rgb.r, rgb.g, rgb.b, alpha];
  if (channels.some((c) => Number.isNaN(c))) return undefined;
  return { r: clamp(rgb.r, 0, 255), g: clamp(rgb.g, 0, 255), b: clamp(rgb.b, 0, 255), a: alpha };
}

/** `top` painted over an opaque `bottom` (source-over). */
export const composite = (top: Rgba, bottom: Rgb): Rgb => ({
  r: top.r * top.a + bottom.r * (1 - top.a),
  g: top.g * top.a + bottom.g * (1 - top.a),
  b: top.b * top.a + bottom.b * (1 - top.a),
});

const linear = (channel: number): number => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance: 0 (black) … 1 (white). */
export const relativeLuminance = ({ r, g, b }: Rgb): number => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG 2 contrast ratio, 1 … 21 (AA: 4.5 for text, 3 for large text and UI component edges). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
