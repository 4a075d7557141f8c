import type { AnyDetector, DetectorMeta, DetectorReport } from '../../lib/core/detector.ts';
import type { Category } from '../../lib/core/category.ts';
import type { Finding } from '../../lib/core/finding.ts';

/** Builds a detector for pipeline tests; `behaviour` decides what each run does. */
export function fakeDetector(
  id: string,
  behaviour: (text: string) => DetectorReport | Promise<DetectorReport>,
  overrides: Partial<DetectorMeta> = {},
): AnyDetector & { calls: number } {
  const detector = {
    calls: 0,
    meta: {
      id,
      description: `fake detector ${id} for tests`,
      version: '0.0.1',
      directions: ['inbound', 'outbound'],
      categories: ['prompt-attack'],
      cost: 'cheap',
      expectedMs: 1,
      maxChars: 1_000_000,
      defaultOptions: {},
      messages: { hit: 'hit' },
      ...overrides,
    } as DetectorMeta,
    run(context: { text: { original: string } }) {
      detector.calls += 1;
      return behaviour(context.text.original);
    },
  };
  return detector;
}

export const finding = (
  id: string,
  score: number,
  category: Category = 'prompt-attack',
  extra: Partial<Finding> = {},
): Finding => ({ ruleId: `${id}/hit`, category, severity: 'high', score, spans: [], ...extra });

export const reportOf = (...list: Finding[]): DetectorReport => ({ status: 'ok', findings: list });
