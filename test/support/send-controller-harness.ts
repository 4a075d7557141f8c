import type { PanelView } from '../../lib/content/panel-view.ts';
import { createSendController, type SendControllerDeps } from '../../lib/content/send-controller.ts';
import type { Result } from '../../lib/core/result.ts';
import type { ScanReply } from '../../lib/messaging/scan-reply.ts';
import type { VerdictSummary } from '../../lib/messaging/verdict-summary.ts';

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A send controller over a fake composer whose scan answers `answer`: `press()` is Enter (and lets
 * the scan's answer arrive), `action(id)` clicks a panel button, `page.sent` is what the page sent,
 * `overrides` the verdicts reported as "Send anyway". `deps` adds or replaces controller deps.
 */
export function sendControllerHarness(
  answer: Result<ScanReply>,
  options: { text?: string; deps?: Partial<SendControllerDeps>; replayThrows?: boolean } = {},
) {
  const page = { text: (options.text ?? 'long text') as string | undefined, sent: [] as string[] };
  let visible: PanelView | undefined;
  const overrides: VerdictSummary[] = [];
  const controller = createSendController({
    readText: () => page.text,
    writeText: () => true,
    focusComposer: () => undefined,
    scan: async () => answer,
    ui: { show: (view) => (visible = view), hide: () => (visible = undefined) },
    now: () => 1,
    onSendAnyway: (verdict) => overrides.push(verdict),
    ...options.deps,
  });
  const replay = () => {
    if (options.replayThrows) throw new Error('send control vanished');
    page.sent.push(page.text!);
  };
  const press = async () => {
    controller.attempt(replay, true);
    await settle();
  };
  const ids = () => visible?.actions.map((action) => action.id);
  const action = (id: string) => visible!.actions.find((a) => a.id === id)!.run();
  return { page, overrides, press, ids, action, visible: () => visible };
}
