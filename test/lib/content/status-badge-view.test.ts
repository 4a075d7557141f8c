import { afterEach, describe, expect, it } from 'vitest';
import {
  BADGE_GAP_PX,
  badgeView,
  clockTime,
  CORNER_PX,
  explanationAbove,
  placeBadge,
  VIEWPORT_MARGIN_PX,
  type Box,
} from '../../../lib/content/status-badge-view.ts';
import { setLocale, t } from '../../../lib/ui/i18n.ts';

const viewport = { width: 1000, height: 800 };
const badge = { width: 100, height: 20 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });

describe('badgeView', () => {
  afterEach(() => setLocale('en'));

  it('names each state in words', () => {
    expect(badgeView({ state: 'on' }).label).toBe('Rampart on');
    expect(badgeView({ state: 'degraded' }).label).toBe('Rampart: message box not found — not checking');
    expect(badgeView({ state: 'paused' }).label).toBe('Rampart paused by policy');
  });

  it('explains what is checked and the last verdict (action and time only)', () => {
    expect(badgeView({ state: 'on' }).explanation).toEqual([
      'Rampart checks each message on this device before the page sends it.',
      'No message checked on this page yet.',
    ]);
    const at = new Date(2025, 0, 1, 14, 5).getTime();
    const [, last] = badgeView({ state: 'on' }, { action: 'block', at }).explanation;
    expect(last).toBe(`Last check: blocked at ${clockTime(at)}.`);
    expect(clockTime(at)).toMatch(/^(14:05|2:05\s?PM)$/u);
  });

  it('adds the detail, and leaves the stale last verdict out when not checking', () => {
    const view = badgeView({ state: 'degraded', detail: ' composer selector matched nothing ' }, { action: 'allow', at: 0 });
    expect(view.explanation).toEqual([
      'Rampart cannot find the message box on this page, so messages here are not checked.',
      'composer selector matched nothing',
    ]);
    expect(badgeView({ state: 'paused', detail: '' }).explanation).toHaveLength(1);
  });

  it('speaks the active language', () => {
    setLocale(['fr-FR']);
    expect(badgeView({ state: 'on' }).label).toBe('Rampart actif');
    setLocale('de');
    const at = new Date(2025, 0, 1, 9, 30).getTime();
    expect(badgeView({ state: 'on' }, { action: 'warn', at }).explanation[1]).toBe('Letzte Prüfung: Warnung um 09:30.');
    // The content script's detail for a degraded page (entrypoints/chat.content.ts) is translated too.
    expect(badgeView({ state: 'degraded', detail: t('badge.info.notFound', { parts: 'composer, send' }) }).explanation).toEqual([
      'Rampart findet das Eingabefeld auf dieser Seite nicht; Nachrichten werden hier nicht geprüft.',
      'nicht gefunden: composer, send',
    ]);
  });
});

describe('placeBadge', () => {
  it('sits just above the composer’s top-right corner, outside the box', () => {
    const composer = box(200, 600, 500, 80);
    const placement = placeBadge({ composer, badge, viewport, state: 'on' });
    expect(placement).toEqual({ visible: true, anchored: true, top: 600 - BADGE_GAP_PX - 20, left: 600 });
    // Never overlaps the composer (where the send button lives).
    if (placement.visible) expect(placement.top + badge.height).toBeLessThanOrEqual(composer.top);
  });

  it('with no room above: below the bottom-right corner, else inside the top-right corner', () => {
    // Composer at the top of the viewport: just below it.
    expect(placeBadge({ composer: box(100, 10, 400, 60), badge, viewport, state: 'on' })).toEqual({
      visible: true,
      anchored: true,
      top: 70 + BADGE_GAP_PX,
      left: 400,
    });
    // Composer filling the viewport's height, scrolled half out: inside its visible top-right.
    expect(placeBadge({ composer: box(0, -100, 1000, 1000), badge, viewport, state: 'on' })).toEqual({
      visible: true,
      anchored: true,
      top: VIEWPORT_MARGIN_PX,
      left: 1000 - 100 - VIEWPORT_MARGIN_PX,
    });
    // A narrow composer near the left edge does not push the badge off screen.
    expect(placeBadge({ composer: box(0, 400, 40, 40), badge, viewport, state: 'on' })).toMatchObject({ visible: true, left: VIEWPORT_MARGIN_PX });
  });

  it('never covers the send button: skips a spot over it, and hides when every spot is', () => {
    const composer = box(100, -20, 600, 200);
    // Send button beside the composer's bottom-right, where "below" would put the badge.
    const send = box(560, 186, 140, 40);
    const placement = placeBadge({ composer, badge, viewport, state: 'on', avoid: [send] });
    expect(placement).toEqual({ visible: true, anchored: true, top: VIEWPORT_MARGIN_PX, left: 600 });
    // A send button spanning the composer's right side and beyond: nowhere to go.
    const tall = box(590, 0, 200, 800);
    expect(placeBadge({ composer, badge, viewport, state: 'on', avoid: [tall] })).toEqual({ visible: false });
    // Above the composer is always clear of a button inside or beside it.
    expect(placeBadge({ composer: box(200, 600, 500, 80), badge, viewport, state: 'on', avoid: [box(710, 600, 50, 80)] })).toMatchObject({
      top: 600 - BADGE_GAP_PX - 20,
    });
  });

  it('is hidden while the composer is not visible', () => {
    for (const composer of [box(0, 0, 0, 0), box(100, 900, 400, 60), box(100, -200, 400, 60), box(1200, 100, 100, 40)]) {
      expect(placeBadge({ composer, badge, viewport, state: 'on' }), JSON.stringify(composer)).toEqual({ visible: false });
    }
    expect(placeBadge({ composer: undefined, badge, viewport, state: 'on' })).toEqual({ visible: false });
    expect(placeBadge({ composer: undefined, badge, viewport, state: 'paused' })).toEqual({ visible: false });
  });

  it('degraded without a composer: the bottom-right corner', () => {
    expect(placeBadge({ composer: undefined, badge, viewport, state: 'degraded' })).toEqual({
      visible: true,
      anchored: false,
      top: 800 - CORNER_PX - 20,
      left: 1000 - CORNER_PX - 100,
    });
  });
});

describe('explanationAbove', () => {
  it('opens above when it fits, else below', () => {
    expect(explanationAbove(300, 120)).toBe(true);
    expect(explanationAbove(100, 120)).toBe(false);
  });
});
