import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, type Result } from '../../../../lib/core/result.ts';
import { createKidsAlertStore } from '../../../../lib/kids/kids-alerts.ts';
import { kidsRoutes } from '../../../../lib/kids/kids-routes.ts';
import { createKidsSession } from '../../../../lib/kids/kids-session.ts';
import { createPinAttempts } from '../../../../lib/kids/pin-attempts.ts';
import type { KidsSettings } from '../../../../lib/settings/user-settings.ts';
import { memoryArea } from '../../../lib/kids/memory-area.ts';

/**
 * The Kids section against the real routes (in memory), rendered by Preact into linkedom: setup,
 * the locked state a child sees, unlock, the parent view, and the errors' live regions.
 */
const globalsBefore = { ...globalThis } as Record<string, unknown>;
let render: typeof import('preact').render;
let KidsSection: typeof import('../../../../entrypoints/options/kids/KidsSection.tsx').KidsSection;

beforeAll(async () => {
  const { window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  Object.assign(globalThis, { window, document: window.document, Node: window.Node, Event: window.Event, HTMLElement: window.HTMLElement });
  ({ render } = await import('preact'));
  ({ KidsSection } = await import('../../../../entrypoints/options/kids/KidsSection.tsx'));
});
afterAll(() => {
  for (const key of ['window', 'document', 'Node', 'Event', 'HTMLElement']) {
    if (key in globalsBefore) (globalThis as Record<string, unknown>)[key] = globalsBefore[key];
    else delete (globalThis as Record<string, unknown>)[key];
  }
});

function backend() {
  let kids: KidsSettings = { enabled: false, ageBand: '9-12' };
  const local = memoryArea();
  const routes = kidsRoutes({
    local,
    attempts: createPinAttempts(local),
    session: createKidsSession(memoryArea()),
    alerts: createKidsAlertStore(local),
    readKids: async () => kids,
    updateKids: async (next) => ok((kids = next)),
  });
  const sent: string[] = [];
  const send = async (type: string, body: Record<string, unknown> = {}): Promise<Result<unknown>> => {
    sent.push(type);
    return routes.find((r) => r.type === type)!.handle({ type, ...body }, {} as never);
  };
  return { send, sent };
}

/** Resolves when `check` passes (Preact renders after the awaited route answers). */
async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the UI');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

/** Types into a field and lets Preact re-render (as a person's next key press would). */
async function type(id: string, value: string) {
  const input = byTestId(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const submit = (id: string) => byTestId(id)!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const click = (id: string) => byTestId(id)!.dispatchEvent(new Event('click', { bubbles: true }));

describe('KidsSection', () => {
  it('sets up, shows the locked state, unlocks and shows the parent view', async () => {
    const root = document.getElementById('root')!;
    const { send } = backend();
    render(<KidsSection send={send} />, root);
    await until(() => byTestId('kids-setup') !== null);
    expect(byTestId('kids-state')!.textContent).toBe('Kids mode is off.');
    // Every field has a label.
    for (const input of root.querySelectorAll('input, select')) expect(root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();

    await type('kids-setup-pin', '4711');
    await type('kids-setup-repeat', '4712');
    submit('kids-setup');
    await until(() => byTestId('kids-setup-error')!.textContent !== '');
    expect(byTestId('kids-setup-error')!.textContent).toBe('The two PINs are not the same.');
    expect(byTestId('kids-setup-error')!.getAttribute('aria-live')).toBe('assertive');

    await type('kids-setup-repeat', '4711');
    submit('kids-setup');
    await until(() => byTestId('kids-parent') !== null);
    await until(() => byTestId('kids-state')!.textContent!.startsWith('Kids mode is on'));
    expect(byTestId('kids-state')!.textContent).toBe('Kids mode is on (age: 9 to 12).');

    click('kids-lock');
    await until(() => byTestId('kids-unlock') !== null);
    await type('kids-unlock-pin', '0000');
    submit('kids-unlock');
    await until(() => byTestId('kids-unlock-error')!.textContent !== '');
    expect(byTestId('kids-unlock-error')!.textContent).toBe('Wrong PIN.');

    await type('kids-unlock-pin', '4711');
    submit('kids-unlock');
    await until(() => byTestId('kids-parent') !== null);
    click('kids-parent-view-toggle');
    await until(() => byTestId('parent-view') !== null);
    expect(byTestId('parent-no-alerts')!.textContent).toBe('No alerts.');
    render(null, root);
  });
});
