import type { DetectorContext } from '../../lib/core/detector.ts';
import { normalize } from '../../lib/core/normalize.ts';

/**
 * A detector context as the pipeline builds it, for tests that call `detector.run()` directly:
 * an inbound text in the standard profile with no gate findings, unless `overrides` say otherwise.
 */
export function detectorContext<Options = Record<string, unknown>>(
  text: string,
  overrides: Partial<DetectorContext<Options>> = {},
): DetectorContext<Options> {
  return {
    text: normalize(text),
    direction: 'inbound',
    site: 'test',
    profileId: 'standard',
    maxScanChars: 100_000,
    conversationText: '',
    options: {} as Options,
    gateFindings: [],
    signal: new AbortController().signal,
    ...overrides,
  };
}
