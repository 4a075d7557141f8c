import { describe, expect, it, vi } from 'vitest';
import { createPasteController } from '../../../../lib/adapters/content/paste-guard.ts';
import type { PanelView } from '../../../../lib/content/panel-view.ts';
import { reply } from '../../../support/verdict-fixtures.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const DISABLED_LINE = 'Your organization does not allow inserting it anyway.';

function harness(policy: { allowed: boolean }) {
  let visible: PanelView | undefined;
  const insert = vi.fn(async (_text: string) => true);
  const onInsertAnyway = vi.fn();
  const controller = createPasteController({
    onInsertAnyway,
    scan: async () => reply('warn'),
    ui: { show: (view) => (visible = view), hide: () => (visible = undefined) },
    canInsertAnyway: () => policy.allowed,
  });
  const paste = async () => {
    controller.handle('long', 'paste', insert);
    await settle();
  };
  const ids = () => visible?.actions.map((action) => action.id);
  const action = (id: string) => visible!.actions.find((a) => a.id === id)!.run();
  return { insert, onInsertAnyway, paste, ids, action, visible: () => visible };
}

describe('paste controller: "Paste anyway" turned off by the admin (managed disabledFeatures sendAnyway)', () => {
  it('warns with only Cancel, says why, and inserts nothing', async () => {
    const h = harness({ allowed: false });
    await h.paste();
    expect(h.visible()).toMatchObject({ tone: 'warn', title: 'Rampart warns about the pasted text', focus: 'edit' });
    expect(h.ids()).toEqual(['edit']);
    expect(h.visible()!.lines.at(-1)).toBe(DISABLED_LINE);
    h.action('edit');
    await settle();
    expect(h.insert).not.toHaveBeenCalled();
  });

  it('offers "Paste anyway" when allowed', async () => {
    const h = harness({ allowed: true });
    await h.paste();
    expect(h.ids()).toEqual(['send-anyway', 'edit']);
    expect(h.visible()!.lines).not.toContain(DISABLED_LINE);
  });

  it('a policy change between the warning and the click wins: nothing is inserted', async () => {
    const policy = { allowed: true };
    const h = harness(policy);
    await h.paste();
    policy.allowed = false;
    h.action('send-anyway');
    await settle();
    expect(h.insert).not.toHaveBeenCalled();
    expect(h.onInsertAnyway).not.toHaveBeenCalled();
    expect(h.ids()).toEqual(['edit']);
    expect(h.visible()!.lines.at(-1)).toBe(DISABLED_LINE);
  });
});
