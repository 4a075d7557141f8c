import type { Detector, DetectorMeta } from '../core/detector.ts';
import { DEFAULT_DRIFT_PARAMETERS, type DriftParameters } from '../session/drift-parameters.ts';

export const meta: DetectorMeta<DriftParameters> = {
  id: 'drift',
  description:
    'Watches a conversation, not a single text: a one-sided CUSUM over each inbound turn’s risk (plus embedding drift when an embedding provider is configured) flags a conversation that escalates step by step (crescendo), and a sliding-window count flags one that keeps returning to risky requests between harmless turns (oscillation). Its findings come from the pipeline’s session stage (lib/session/); it stores numbers per turn, never text.',
  version: '1.0.0',
  directions: ['inbound'],
  categories: ['drift'],
  cost: 'cheap',
  expectedMs: 0.01,
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: DEFAULT_DRIFT_PARAMETERS,
  messages: {
    crescendo:
      'This conversation has been escalating: several recent messages each carried some risk, and together they add up to a pattern of working towards a harmful request step by step.',
    oscillation:
      'This conversation keeps coming back to risky requests between harmless messages, a way of slipping an attack past checks that look at one message at a time.',
  },
};

/**
 * One text alone says nothing about a conversation, so when the pipeline runs this detector like
 * any other (no session stage configured, e.g. `rampart scan`), it declines explicitly. With a
 * session stage (lib/session/session-stage.ts) the pipeline does not run it: the stage records
 * the `drift` outcome itself, after every other detector, from the turn's findings.
 */
export const drift: Detector<DriftParameters> = {
  meta,
  run: () => ({ status: 'skipped', reason: 'no-conversation' }),
};
