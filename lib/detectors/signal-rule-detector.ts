import { findings, type Detector } from '../core/detector.ts';
import { evaluateSignalRules, type SignalRule } from '../normalize/signal-rules.ts';

/**
 * A cheap detector that only reads the signals the normalizer gathered (the scan of the text
 * itself happened there, once) and scores them with its signal rules: `encoding` and
 * `invisible-text` are two of these.
 */
export function signalRuleDetector(id: string, description: string, rules: readonly SignalRule[]): Detector {
  const meta = {
    id,
    description,
    version: '1.0.0',
    directions: ['inbound', 'outbound'],
    categories: ['obfuscation'],
    cost: 'cheap',
    expectedMs: 0.02,
    maxChars: Number.POSITIVE_INFINITY,
    defaultOptions: {},
    messages: Object.fromEntries(rules.map((rule) => [rule.id, rule.description])),
  } satisfies Detector['meta'];
  return {
    meta,
    run({ text }) {
      return findings(evaluateSignalRules(id, rules, text));
    },
  };
}
