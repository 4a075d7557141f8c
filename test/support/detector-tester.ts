import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CircuitBreakers } from '../../lib/core/circuit-breaker.ts';
import type { AnyDetector } from '../../lib/core/detector.ts';
import type { Direction } from '../../lib/core/direction.ts';
import type { Span } from '../../lib/core/finding.ts';
import { normalize } from '../../lib/core/normalize.ts';
import type { DetectorOutcome } from '../../lib/core/outcome.ts';
import { runDetector } from '../../lib/core/run-detector.ts';
import { PROFILES } from '../../lib/policy/profiles.ts';

export interface CleanCase {
  name?: string;
  text: string;
  direction?: Direction;
  profile?: string;
  /** The chat site's host (default `test`). */
  site?: string;
  /** What the reply answers (ScanInput.conversationText). */
  conversationText?: string;
}

export interface FlaggedCase extends CleanCase {
  /** A finding with this rule id must be reported. */
  ruleId: string;
  /** When given, that finding's spans must equal these. */
  spans?: Span[];
  minScore?: number;
}

export interface DetectorCases {
  clean: CleanCase[];
  flagged: FlaggedCase[];
}

const LONG_TIMEOUT = { failureThreshold: 1_000, baseBackoffMs: 1, maxBackoffMs: 1 };

/** Runs a detector exactly as the pipeline does (validation of its output included). */
export async function runCase(detector: AnyDetector, testCase: CleanCase): Promise<DetectorOutcome> {
  const profile = PROFILES[testCase.profile ?? 'standard']!;
  const direction = testCase.direction ?? detector.meta.directions[0]!;
  return runDetector(
    detector,
    {
      text: normalize(testCase.text),
      direction,
      site: testCase.site ?? 'test',
      profileId: profile.id,
      maxScanChars: profile.maxScanChars,
      conversationText: testCase.conversationText ?? '',
      gateFindings: [],
    },
    { timeoutMs: 10_000, shadow: false, breaker: LONG_TIMEOUT },
    new CircuitBreakers(() => 0),
    () => performance.now(),
  );
}

const label = (testCase: CleanCase) =>
  testCase.name ?? (testCase.text.length > 60 ? `${testCase.text.slice(0, 57)}…` : testCase.text);

/**
 * The table-driven tester every detector's test uses (ESLint RuleTester style): `clean` cases must
 * produce no finding, `flagged` cases must produce the named rule. It also checks the detector's
 * meta and that arbitrary Unicode never makes it throw or emit invalid findings.
 */
export function testDetector(detector: AnyDetector, cases: DetectorCases): void {
  const { meta } = detector;
  describe(`detector ${meta.id}`, () => {
    it('declares a complete meta', () => {
      expect(meta.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(meta.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(meta.description.length).toBeGreaterThan(20);
      expect(meta.directions.length).toBeGreaterThan(0);
      expect(meta.categories.length).toBeGreaterThan(0);
      expect(meta.expectedMs).toBeGreaterThan(0);
      expect(meta.maxChars).toBeGreaterThan(0);
    });

    it('has at least one clean and one flagged case', () => {
      expect(cases.clean.length).toBeGreaterThan(0);
      expect(cases.flagged.length).toBeGreaterThan(0);
    });

    for (const testCase of cases.clean) {
      it(`clean: ${label(testCase)}`, async () => {
        const outcome = await runCase(detector, testCase);
        expect(outcome.status).toBe('ok');
        if (outcome.status === 'ok') expect(outcome.findings.map((f) => f.ruleId)).toEqual([]);
      });
    }

    for (const testCase of cases.flagged) {
      it(`flagged (${testCase.ruleId}): ${label(testCase)}`, async () => {
        const outcome = await runCase(detector, testCase);
        expect(outcome.status).toBe('ok');
        if (outcome.status !== 'ok') return;
        const finding = outcome.findings.find((f) => f.ruleId === testCase.ruleId);
        expect(finding, `rules reported: ${outcome.findings.map((f) => f.ruleId).join(', ')}`).toBeDefined();
        if (testCase.spans) expect(finding!.spans).toEqual(testCase.spans);
        if (testCase.minScore !== undefined) expect(finding!.score).toBeGreaterThanOrEqual(testCase.minScore);
        const rule = testCase.ruleId.slice(meta.id.length + 1);
        expect(meta.messages[rule], `meta.messages has no message for ${rule}`).toBeTruthy();
      });
    }

    it('never throws or emits invalid findings on arbitrary Unicode', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
          for (const direction of meta.directions) {
            const outcome = await runCase(detector, { text, direction });
            expect(outcome.status === 'failed' ? outcome.code : 'not-failed').toBe('not-failed');
          }
        }),
        { numRuns: 100 },
      );
    });
  });
}
