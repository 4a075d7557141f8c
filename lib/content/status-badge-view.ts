import { currentLocale, t } from '../ui/i18n.ts';
import { actionLabel } from '../ui/labels.ts';

/**
 * The status badge near the composer, as data: what it says in each state and where it goes.
 * lib/adapters/content/status-badge.ts only renders this.
 */
export type BadgeState = 'on' | 'degraded' | 'paused';

export interface BadgeStatus {
  state: BadgeState;
  /** A short technical reason (e.g. which selector failed), shown in the explanation as-is. */
  detail?: string;
}

/** The newest verdict on this page: action and time only (never any text). */
export interface LastVerdict {
  action: string;
  at: number;
}

export interface BadgeView {
  state: BadgeState;
  /** The pill's text, and its accessible name. */
  label: string;
  /** The explanation opened from the badge: what Rampart does here, then the last verdict or why not. */
  explanation: string[];
}

const LABELS = { on: 'badge.on', degraded: 'badge.degraded', paused: 'badge.paused' } as const;
const EXPLANATIONS = { on: 'badge.info.on', degraded: 'badge.info.degraded', paused: 'badge.info.paused' } as const;

/** Hours and minutes in the user's language (24 h or 12 h as their locale writes it). */
export const clockTime = (at: number): string =>
  new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(new Date(at));

export function badgeView(status: BadgeStatus, last?: LastVerdict): BadgeView {
  const explanation: string[] = [t(EXPLANATIONS[status.state])];
  const detail = status.detail?.trim();
  if (detail) explanation.push(detail);
  // Only "on" checks anything: the last verdict would be stale news in the other states.
  if (status.state === 'on') {
    explanation.push(
      last ? t('badge.info.lastVerdict', { action: actionLabel(last.action), time: clockTime(last.at) }) : t('badge.info.noVerdict'),
    );
  }
  return { state: status.state, label: t(LABELS[status.state]), explanation };
}

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type BadgePlacement = { visible: false } | { visible: true; top: number; left: number; anchored: boolean };

/** Between the badge and the composer's edge. */
export const BADGE_GAP_PX = 6;
/** Kept clear of the viewport's edges. */
export const VIEWPORT_MARGIN_PX = 8;
/** The corner offset when there is no composer to sit next to. */
export const CORNER_PX = 16;

const isOnScreen = (box: Box, viewport: { width: number; height: number }): boolean =>
  box.width > 0 &&
  box.height > 0 &&
  box.top + box.height > 0 &&
  box.left + box.width > 0 &&
  box.top < viewport.height &&
  box.left < viewport.width;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * Where the badge goes (viewport coordinates, for position: fixed).
 * - Next to a visible composer, first choice: just above its top-right corner, outside the box,
 *   so it covers neither the text nor the send button. With no room above (composer at the top
 *   of the viewport, or scrolled half out): just below its bottom-right corner; failing that,
 *   inside the visible part of the box at its top-right. A spot that would cover anything in
 *   `avoid` (the send button: some sites put it beside or below the box) is skipped, and when
 *   every spot would, the badge is not shown: it must never be in the way of sending.
 * - No composer and degraded: the bottom-right corner, because "message box not found" is the one
 *   thing the user must see on a page where Rampart cannot anchor.
 * - Otherwise (composer scrolled away, hidden, not there yet): not shown.
 */
export function placeBadge(input: {
  composer: Box | undefined;
  badge: { width: number; height: number };
  viewport: { width: number; height: number };
  state: BadgeState;
  avoid?: readonly Box[];
}): BadgePlacement {
  const { composer, badge, viewport, state, avoid = [] } = input;
  const maxLeft = viewport.width - badge.width - VIEWPORT_MARGIN_PX;
  const maxTop = viewport.height - badge.height - VIEWPORT_MARGIN_PX;
  const clampLeft = (left: number): number => Math.max(VIEWPORT_MARGIN_PX, Math.min(left, maxLeft));

  if (composer && isOnScreen(composer, viewport)) {
    const left = clampLeft(composer.left + composer.width - badge.width);
    const bottom = composer.top + composer.height;
    const candidates = [
      composer.top - BADGE_GAP_PX - badge.height,
      bottom + BADGE_GAP_PX,
      Math.max(VIEWPORT_MARGIN_PX, composer.top + BADGE_GAP_PX),
    ].filter((top) => top >= VIEWPORT_MARGIN_PX && top <= maxTop);
    const top = candidates.find((candidate) => !avoid.some((box) => overlaps({ top: candidate, left, ...badge }, box)));
    return top === undefined ? { visible: false } : { visible: true, anchored: true, top, left };
  }
  if (!composer && state === 'degraded') {
    return {
      visible: true,
      anchored: false,
      top: Math.max(VIEWPORT_MARGIN_PX, viewport.height - CORNER_PX - badge.height),
      left: clampLeft(viewport.width - CORNER_PX - badge.width),
    };
  }
  return { visible: false };
}

/** The explanation opens above the badge when it fits there, else below it. */
export const explanationAbove = (badgeTop: number, explanationHeight: number): boolean =>
  badgeTop - BADGE_GAP_PX - explanationHeight >= VIEWPORT_MARGIN_PX;
