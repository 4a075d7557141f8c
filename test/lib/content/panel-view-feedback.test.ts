import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../lib/core/result.ts';
import { blockView, feedbackRecordedView, offersNotAnAttack, warnView, withNotAnAttack, type PanelView } from '../../../lib/content/panel-view.ts';
import { setLocale, t } from '../../../lib/ui/i18n.ts';
import { reply, summary } from '../../support/verdict-fixtures.ts';

const explanation = { title: 'Warning', lines: ['A prompt attack.'] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('"Not an attack" on the verdict panel', () => {
  setLocale('en');

  it('is offered for prompt-attack warnings and blocks only', () => {
    const attack = (action: 'warn' | 'block' | 'redact') => summary(action, { reasons: [{ category: 'prompt-attack', action, risk: 0.9, ruleIds: ['prompt-attack/x'] }] });
    const of = (verdict: ReturnType<typeof summary>) => offersNotAnAttack({ verdict, ruleMessages: {} });
    expect(of(attack('warn'))).toBe(true);
    expect(of(attack('block'))).toBe(true);
    expect(of(attack('redact'))).toBe(false);
    const r = reply('block');
    expect(r.ok && offersNotAnAttack(r.value)).toBe(false);
  });

  it('adds an unfocused button; one click reports once and shows that it was recorded', async () => {
    const report = vi.fn(async () => ok({ recorded: 1 }));
    const show = vi.fn();
    const view = withNotAnAttack(warnView(explanation, () => undefined, () => undefined), report, show);
    expect(view.actions.map((action) => action.id)).toEqual(['send-anyway', 'edit', 'not-an-attack']);
    expect(view.focus).toBe('edit');
    const button = view.actions.find((action) => action.id === 'not-an-attack')!;
    expect(button.label).toBe('Not an attack');
    button.run();
    button.run();
    await settle();
    expect(report).toHaveBeenCalledTimes(1);
    const recorded = show.mock.calls[0]![0] as PanelView;
    expect(recorded.actions.map((action) => action.id)).toEqual(['send-anyway', 'edit']);
    expect(recorded.lines.at(-1)).toBe(t('panel.feedbackRecorded'));
  });

  it('says why when the report failed, and shows nothing once the user left the panel or a newer check replaced it', async () => {
    const failed = feedbackRecordedView(blockView(explanation, () => undefined), err('feedback is turned off.'));
    expect(failed.lines.at(-1)).toBe('Could not record this: feedback is turned off.');

    const show = vi.fn();
    let resolve!: (value: ReturnType<typeof ok>) => void;
    const edit = vi.fn();
    const view = withNotAnAttack(blockView(explanation, edit), () => new Promise((r) => (resolve = r)), show);
    view.actions.find((action) => action.id === 'not-an-attack')!.run();
    view.actions.find((action) => action.id === 'edit')!.run();
    expect(edit).toHaveBeenCalledTimes(1);
    resolve(ok(null));
    await settle();
    expect(show).not.toHaveBeenCalled();

    const stale = withNotAnAttack(blockView(explanation, edit), async () => ok(null), show, () => false);
    stale.actions.find((action) => action.id === 'not-an-attack')!.run();
    await settle();
    expect(show).not.toHaveBeenCalled();
  });

  it('turns a rejected report into a failure line instead of an unhandled rejection', async () => {
    const show = vi.fn();
    const view = withNotAnAttack(blockView(explanation, () => undefined), () => Promise.reject(new Error('gone')), show);
    view.actions.find((action) => action.id === 'not-an-attack')!.run();
    await settle();
    expect((show.mock.calls[0]![0] as PanelView).lines.at(-1)).toBe('Could not record this: no answer from the background.');
  });
});
