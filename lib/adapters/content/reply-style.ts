/**
 * The page-level stylesheet that covers replies. Covering is done with an attribute on the reply's
 * container (`data-rampart-reply`) and these rules, never by changing the app's nodes' content:
 * the app keeps rendering into its own nodes and the cover follows them.
 */
export const REPLY_ATTRIBUTE = 'data-rampart-reply';

const BLUR = 'filter: blur(9px) !important; user-select: none !important; pointer-events: none !important;';

export const BASE_REPLY_CSS = `
[${REPLY_ATTRIBUTE}="checking"], [${REPLY_ATTRIBUTE}="blurred"] { ${BLUR} }
[${REPLY_ATTRIBUTE}="hidden"] { display: none !important; }
`;

/**
 * Covers every reply container Rampart has not looked at yet, from the first frame it is painted
 * (kids: a reply must not be readable before it is checked). One rule per selector, so an invalid
 * selector (e.g. an admin override) drops only its own rule. Containers Rampart has looked at carry
 * the attribute and follow the base rules instead.
 */
export function preBlurCss(replySelectors: readonly string[]): string {
  return replySelectors
    .filter((selector) => !/[{}<]/.test(selector))
    .map((selector) => `:is(${selector}):not([${REPLY_ATTRIBUTE}]) { ${BLUR} }`)
    .join('\n');
}

export interface ReplyStyle {
  set(css: string): void;
  remove(): void;
}

/**
 * A constructed stylesheet adopted by the document (not subject to the page's CSP for inline
 * styles), or a `<style>` element where adopting from a content script is not possible (e.g.
 * Firefox's Xray wrappers refuse it).
 */
export function installReplyStyle(doc: Document): ReplyStyle {
  let sheet: CSSStyleSheet | undefined;
  let element: HTMLStyleElement | undefined;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    sheet = undefined;
  }
  return {
    set(css) {
      if (sheet) {
        try {
          sheet.replaceSync(css);
          // A page that assigns its own adoptedStyleSheets drops ours: adopt it again.
          if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
          return;
        } catch {
          sheet = undefined;
        }
      }
      if (!element) {
        element = doc.createElement('style');
        element.setAttribute('data-rampart-ui', '');
      }
      element.textContent = css;
      // Single-page apps rebuild <head> freely; re-attach when it was dropped.
      if (!element.isConnected) (doc.head ?? doc.documentElement).append(element);
    },
    remove() {
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      element?.remove();
    },
  };
}
