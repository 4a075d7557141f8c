import { describe, expect, it, vi } from 'vitest';
import { reloadResource } from '../../../../lib/adapters/content/resource-guard.ts';

/** Just what reloadResource touches. The guard as a whole runs in real Chromium (the e2e suite). */
interface FakeElement {
  localName: string;
  attributes: Record<string, string>;
  writes: string[];
  parentElement: FakeElement | null;
  children: FakeElement[];
  load: () => void;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): FakeElement[];
}

function fakeElement(localName: string, attributes: Record<string, string>, parent?: FakeElement): FakeElement {
  const element: FakeElement = {
    localName,
    attributes: { ...attributes },
    writes: [] as string[],
    parentElement: parent ?? null,
    children: [] as Array<ReturnType<typeof fakeElement>>,
    load: vi.fn(),
    getAttribute(name: string) {
      return element.attributes[name] ?? null;
    },
    setAttribute(name: string, value: string) {
      element.writes.push(`${name}=${value}`);
      element.attributes[name] = value;
    },
    querySelectorAll(selector: string) {
      return element.children.filter((child) => child.localName === selector);
    },
  };
  parent?.children.push(element);
  return element;
}

const reload = (element: FakeElement) => reloadResource(element as unknown as Element);

describe('reloadResource', () => {
  it('writes an image’s URL attributes back unchanged, which restarts the load', () => {
    const image = fakeElement('img', { src: 'https://a.example/1.png', srcset: 'https://a.example/2.png 2x', alt: 'cat' });
    reload(image);
    expect(image.writes).toEqual(['src=https://a.example/1.png', 'srcset=https://a.example/2.png 2x']);
    expect(image.attributes.src).toBe('https://a.example/1.png');
  });

  it('reloads media with load() and a <picture> source through its <img>', () => {
    const video = fakeElement('video', { poster: 'https://a.example/p.png' });
    const source = fakeElement('source', { src: 'https://a.example/v.mp4' }, video);
    reload(source);
    expect(video.load).toHaveBeenCalledTimes(1);
    expect(video.writes).toEqual(['poster=https://a.example/p.png']);
    const picture = fakeElement('picture', {});
    const pictureSource = fakeElement('source', { srcset: 'https://a.example/w.webp' }, picture);
    const image = fakeElement('img', { src: 'https://a.example/fallback.png' }, picture);
    reload(pictureSource);
    expect(image.writes).toEqual(['src=https://a.example/fallback.png']);
  });
});
