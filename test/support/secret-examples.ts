import type { Span } from '../../lib/core/finding.ts';

/** Splits a rule example `token=⟦ghp_…⟧` into its text and the marked secret's span. */
export function unmarkExample(example: string): { text: string; span: Span | undefined } {
  const start = example.indexOf('⟦');
  const end = example.indexOf('⟧');
  const text = example.replace('⟦', '').replace('⟧', '');
  return { text, span: start >= 0 && end > start ? { start, end: end - 1 } : undefined };
}
