import { describe, expect, it, vi } from 'vitest';
import { warnView, warnWithoutOverrideView } from '../../../lib/content/panel-view.ts';
import { helpResources } from '../../../lib/kids/help-resources.ts';

const explanation = { title: 'Rampart warns about this message', lines: ['Oversized text — warning.'] };

describe('warnWithoutOverrideView', () => {
  it('is the warning without "Send anyway": Edit only, focused, Escape means Edit, and one line saying why', () => {
    const onEdit = vi.fn();
    const view = warnWithoutOverrideView(explanation, onEdit);
    const offered = warnView(explanation, vi.fn(), onEdit);
    expect(view).toMatchObject({ tone: offered.tone, role: offered.role, title: offered.title, focus: 'edit', trapFocus: true });
    expect(view.actions.map((action) => action.id)).toEqual(['edit']);
    expect(view.lines).toEqual([...offered.lines, 'Your organization does not allow sending anyway.']);
    view.onDismiss!();
    view.actions[0]!.run();
    expect(onEdit).toHaveBeenCalledTimes(2);
  });

  it('keeps the Kids mode help under the verdict', () => {
    const help = helpResources();
    expect(warnWithoutOverrideView({ ...explanation, help }, vi.fn()).help).toBe(help);
  });
});
