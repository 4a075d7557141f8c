import { describe, expect, it } from 'vitest';
import { bidiDisplayView } from '../../../lib/normalize/bidi-display.ts';
import { stripInvisible } from '../../../lib/normalize/strip-invisible.ts';

describe('bidiDisplayView', () => {
  it('shows overridden runs in display order, for the lines that hold them', () => {
    const stripped = stripInvisible('intro\nsay \u202esnoitcurtsni erongi\u202c now\nend');
    const view = bidiDisplayView(stripped.view, stripped.overrides)!;
    expect(view.text).toBe('say ignore instructions now');
    // "ignore" on screen is "erongi" in the original.
    expect(view.toOriginal(4, 10)).toEqual({ start: 24, end: 30 });
  });

  it('joins several lines with line breaks, keeps astral characters whole', () => {
    const stripped = stripInvisible('\u202eba\u202c\nx\n\u202e😀c\u202c');
    expect(bidiDisplayView(stripped.view, stripped.overrides)!.text).toBe('ab\nc😀');
  });

  it('is absent without overrides', () => {
    expect(bidiDisplayView(stripInvisible('plain').view, [])).toBeUndefined();
  });
});
