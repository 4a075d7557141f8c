// Accessibility check for the end-to-end suites: axe-core in the page under test (a Playwright
// Page), WCAG 2 A and AA rules. Serious and critical violations fail a test; minor and moderate
// ones are left to review (axe reports them too, but they are often judgement calls).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const AXE_PATH = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
let axeSource;
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe on `page` (optionally only inside `include`, a CSS selector) and resolves with the
 * serious/critical violations, each reduced to what a failure message needs. The source is
 * evaluated through the DevTools protocol rather than added as a <script>: extension pages' CSP
 * (script-src 'self') refuses inline scripts, and a test must not need a weaker CSP.
 */
export async function axeViolations(page, { include } = {}) {
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) {
    axeSource ??= readFileSync(AXE_PATH, 'utf8');
    await page.evaluate(`${axeSource}\n;undefined`);
  }
  const results = await page.evaluate(
    (context) => globalThis.axe.run(context ?? globalThis.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] }),
    include ?? null,
  );
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
    }));
}

/** The violations in words, one per line, for an assertion message. */
export const describeViolations = (violations) =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target} — ${n.summary?.replace(/\s+/g, ' ')}`).join('\n')}`).join('\n');

/** Throws with every serious/critical violation listed; for a case of an e2e suite. */
export async function assertNoSeriousViolations(page, what, options) {
  const violations = await axeViolations(page, options);
  if (violations.length > 0) throw new Error(`axe: ${violations.length} serious/critical violation(s) on ${what}:\n${describeViolations(violations)}`);
}
