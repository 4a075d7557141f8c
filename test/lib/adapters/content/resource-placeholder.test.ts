import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResourcePlaceholder, PLACEHOLDER_TAG } from '../../../../lib/adapters/content/resource-placeholder.ts';
import { resourcePlaceholderView } from '../../../../lib/content/resource-placeholder-view.ts';
import { setLocale } from '../../../../lib/ui/i18n.ts';
import { FakeDocument, type FakeNode } from '../../../support/fake-dom.ts';

const view = resourcePlaceholderView('image', { host: 'attacker.example', outcome: 'blocked', reasons: ['pii'] }, true);

function mount(placeholderView = view) {
  const doc = new FakeDocument();
  const onLoad = vi.fn();
  const placeholder = createResourcePlaceholder(doc as unknown as Document, placeholderView, onLoad);
  const host = placeholder.host as unknown as FakeNode;
  doc.body.append(host);
  const inShadow = () => host.shadowRoot!.descendants();
  const button = () => inShadow().find((node) => node.localName === 'button');
  return { placeholder, host, inShadow, button, onLoad };
}

describe('resource placeholder', () => {
  it('says what was blocked and why, in a shadow root, with text only', () => {
    const { host, inShadow, button } = mount();
    expect(host.localName).toBe(PLACEHOLDER_TAG);
    const group = inShadow().find((node) => node.getAttribute('role') === 'group')!;
    expect(group.getAttribute('aria-label')).toBe('Blocked image');
    expect(group.textContent).toContain('Rampart blocked an image that would send data to attacker.example');
    expect(button()!.textContent).toBe('Load anyway');
  });

  it('loads only on a trusted click, once until told it failed', () => {
    const { placeholder, button, onLoad, inShadow } = mount();
    button()!.click({ isTrusted: false });
    expect(onLoad).not.toHaveBeenCalled();
    button()!.click();
    button()!.click();
    expect(onLoad).toHaveBeenCalledTimes(1);
    placeholder.showError('Rampart could not let it through.');
    const alert = inShadow().find((node) => node.getAttribute('role') === 'alert')!;
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toBe('Rampart could not let it through.');
    button()!.click();
    expect(onLoad).toHaveBeenCalledTimes(2);
  });

  it('offers no button when the resource cannot be allowed', () => {
    const { button } = mount(resourcePlaceholderView('image', { host: 'x.example', outcome: 'unavailable', reasons: [] }, false));
    expect(button()).toBeUndefined();
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('renders a view made in the active locale (German)', () => {
      setLocale(['de']);
      const { inShadow, button } = mount(resourcePlaceholderView('image', { host: 'attacker.example', outcome: 'blocked', reasons: ['pii'] }, true));
      const group = inShadow().find((node) => node.getAttribute('role') === 'group')!;
      expect(group.getAttribute('aria-label')).toBe('Blockiertes Bild');
      expect(group.textContent).toContain('Rampart hat ein Bild blockiert, das Daten an attacker.example senden würde');
      expect(button()!.textContent).toBe('Trotzdem laden');
    });
  });
});
