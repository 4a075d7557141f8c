import type { NetworkResourceType } from '../exfil/resource-rules.ts';

/** The part of an Element the resource scan reads (a real Element fits; tests pass plain objects). */
export interface ResourceElementLike {
  localName: string;
  getAttribute(name: string): string | null;
  parentElement?: { localName: string } | null;
}

export interface ElementResource {
  /** Absolute URL, resolved against the page (what the browser fetches). */
  url: string;
  /** Which request type the network rule sees it as (decides the placeholder's wording). */
  type: NetworkResourceType;
}

/** Elements that load something by themselves; what the guard's MutationObserver looks for. */
export const RESOURCE_ELEMENT_SELECTOR = 'img, source, video, audio, input, object, embed, image';
/** Attributes whose change starts a new fetch. */
export const RESOURCE_ATTRIBUTES: readonly string[] = ['src', 'srcset', 'poster', 'data', 'href', 'xlink:href'];

/**
 * The URLs of a `srcset` (`a.png 1x, b.png 2x`): each candidate's URL is the run of non-space
 * characters at its start, minus trailing commas; its descriptors run to the next comma outside
 * parentheses. Every candidate counts — which one the browser picks depends on the screen.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    const endsCandidate = url.endsWith(',');
    url = url.replace(/,+$/, '');
    if (url) urls.push(url);
    if (endsCandidate) continue;
    let depth = 0;
    while (i < srcset.length && !(srcset[i] === ',' && depth === 0)) {
      if (srcset[i] === '(') depth++;
      else if (srcset[i] === ')' && depth > 0) depth--;
      i++;
    }
  }
  return urls;
}

/** (attribute, request type) pairs each element fetches by itself. */
function fetchedAttributes(element: ResourceElementLike): Array<[string, NetworkResourceType]> {
  switch (element.localName) {
    case 'img':
      return [['src', 'image'], ['srcset', 'image']];
    case 'source': {
      // In <picture> a source offers image candidates; in <video>/<audio> it is the media itself.
      const parent = element.parentElement?.localName;
      if (parent === 'picture') return [['srcset', 'image']];
      return parent === 'video' || parent === 'audio' ? [['src', 'media']] : [];
    }
    case 'video':
      return [['src', 'media'], ['poster', 'image']];
    case 'audio':
      return [['src', 'media']];
    case 'input':
      return element.getAttribute('type')?.toLowerCase() === 'image' ? [['src', 'image']] : [];
    case 'object':
      return [['data', 'object']];
    case 'embed':
      return [['src', 'object']];
    case 'image':
      // SVG <image>.
      return [['href', 'image'], ['xlink:href', 'image']];
    default:
      return [];
  }
}

const resolve = (value: string, baseUrl: string): string | undefined => {
  try {
    return new URL(value.trim(), baseUrl).href;
  } catch {
    return undefined;
  }
};

/** Every http(s) URL `element` fetches by itself, resolved against `baseUrl`, each once. */
export function elementResources(element: ResourceElementLike, baseUrl: string): ElementResource[] {
  const found = new Map<string, ElementResource>();
  for (const [attribute, type] of fetchedAttributes(element)) {
    const value = element.getAttribute(attribute);
    if (!value?.trim()) continue;
    for (const raw of attribute === 'srcset' ? srcsetUrls(value) : [value]) {
      const url = resolve(raw, baseUrl);
      if (url && /^https?:/.test(url) && !found.has(url)) found.set(url, { url, type });
    }
  }
  return [...found.values()];
}
