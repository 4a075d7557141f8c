import { ALL_OVERRIDES_ALLOWED, type ContentOverrides } from './reply-settings.ts';

/**
 * Which warning overrides the admin allows on this page ("Send anyway" / "Paste anyway", "Load
 * anyway"), as the content script knows it from the background's content:settings answer. It
 * starts allowed — the default the policy changes — because a missing or slow answer must not take
 * away an override the admin never forbade; the first answer is asked for at document_start, long
 * before a warning can be shown. A failed answer leaves the last known state (see followPauseSettings).
 */
export interface OverrideState {
  canSendAnyway(): boolean;
  canLoadAnyway(): boolean;
  set(overrides: ContentOverrides): void;
}

export function createOverrideState(): OverrideState {
  let current: ContentOverrides = { ...ALL_OVERRIDES_ALLOWED };
  return {
    canSendAnyway: () => current.sendAnyway,
    canLoadAnyway: () => current.loadAnyway,
    set(overrides) {
      current = { sendAnyway: overrides.sendAnyway, loadAnyway: overrides.loadAnyway };
    },
  };
}
