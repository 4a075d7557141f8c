import { describe, expect, it, vi } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { ok } from '../../../lib/core/result.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import { createMessageHandler, type MessageHandlerDeps, type VerdictEvent } from '../../../lib/messaging/message-handler.ts';
import { isSupportedSite } from '../../../lib/sites/sites.ts';
import { summary } from '../../support/verdict-fixtures.ts';

const EXT = 'rampart-id';
const sender = { id: EXT, url: 'https://chatgpt.com/c/1', tabId: 7 };

function setup(overrides: Partial<MessageHandlerDeps> = {}) {
  const events: VerdictEvent[] = [];
  const deps: MessageHandlerDeps = {
    pipeline: createPipeline({ detectors: DETECTORS }),
    senderPolicy: { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}`, isSupportedSite },
    loadProfile: async () => 'standard',
    recent: { append: async () => undefined, list: async () => [] },
    now: () => 1_000,
    onVerdict: (event) => events.push(event),
    ...overrides,
  };
  return { handle: createMessageHandler(deps), events };
}

const scan = (extra: Record<string, unknown> = {}) => ({ type: 'content:scan', text: 'hello there', direction: 'inbound', ...extra });

describe('message handler: onVerdict (the audit log’s hook)', () => {
  it('is told about every full scan from the pipeline, with site, direction and tab', async () => {
    const h = setup();
    await h.handle(scan(), sender);
    await h.handle(scan({ direction: 'outbound' }), sender);
    expect(h.events.map((e) => [e.site, e.direction, e.tabId, e.summary.at])).toEqual([
      ['chatgpt.com', 'inbound', 7, 1_000],
      ['chatgpt.com', 'outbound', 7, 1_000],
    ]);
  });

  it('is told about cache answers too', async () => {
    const cached = summary('warn', { at: 5 });
    const h = setup({ cache: { scan: async () => ok({ summary: cached, source: 'exact' as const }) } });
    await h.handle(scan(), sender);
    expect(h.events).toHaveLength(1);
    expect(h.events[0]!.summary).toMatchObject({ action: 'warn', cache: 'exact' });
  });

  it('is not told about pre-scans or streamed-reply windows', async () => {
    const h = setup();
    await h.handle(scan({ purpose: 'prescan' }), sender);
    await h.handle(scan({ direction: 'outbound', scope: 'window' }), sender);
    const cachedHandler = setup({ cache: { scan: async () => ok({ summary: summary('allow'), source: 'pipeline' as const }) } });
    await cachedHandler.handle(scan({ purpose: 'prescan' }), sender);
    expect(h.events).toHaveLength(0);
    expect(cachedHandler.events).toHaveLength(0);
  });

  it('a throwing listener does not change the scan’s answer', async () => {
    const onInternalError = vi.fn();
    const h = setup({
      onVerdict: () => {
        throw new Error('audit broke');
      },
      onInternalError,
    });
    const reply = await h.handle(scan(), sender);
    expect(reply.ok).toBe(true);
    expect(onInternalError).toHaveBeenCalledTimes(1);
  });
});
