import { check, type Diagnostics } from 'recheck';
import { err, ok, type Result } from '../../core/result.ts';

/**
 * How long the analysis may take. recheck's automaton checker answers common rule patterns in
 * 1–500 ms (measured: Node's native backend and the pure-JavaScript one a browser page uses, see
 * custom-rules.md); a pattern it cannot settle in this time is refused as "could not be proven safe".
 */
export const REGEX_CHECK_TIMEOUT_MS = 5_000;

const shown = (text: string): string =>
  [...text].map((char) => (/[\p{L}\p{N}\p{P}\p{S} ]/u.test(char) ? char : `\\u{${char.codePointAt(0)!.toString(16)}}`)).join('');

/**
 * The attack string recheck found, short enough for a sentence: the repeated part a few times,
 * then `…`, then what makes the match fail (`'a' + 'a'.repeat(31) + '\x00a'` → `'aaaaa…\u{0}a'`).
 */
function attackExample(diagnostics: Extract<Diagnostics, { status: 'vulnerable' }>): string {
  const [first] = diagnostics.attack.pumps;
  if (!first) return `'${shown(diagnostics.attack.string.slice(0, 12))}…'`;
  const repeats = Math.max(2, Math.ceil(4 / Math.max(1, first.pump.length)));
  return `'${shown([...first.prefix].slice(0, 8).join('') + first.pump.repeat(repeats))}…${shown([...diagnostics.attack.suffix].slice(0, 8).join(''))}'`;
}

/**
 * Whether a custom regular expression is safe to run on every message: recheck (an automaton and
 * fuzzing ReDoS analyser) must prove its matching time linear (or constant). Exponential and
 * polynomial (super-linear) backtracking are both refused — a quadratic pattern over a 100,000-
 * character paste is billions of steps — with a sentence that says why and how to fix it.
 *
 * Runs where a rule is entered (the options page); the background never loads recheck (a ~3 MB
 * analyser in a service worker that wakes for every scan). `flags` are the ones the rule runs
 * with (customRegexFlags).
 */
export async function checkRegexSafety(source: string, flags = 'u'): Promise<Result<void>> {
  let diagnostics: Diagnostics;
  try {
    diagnostics = await check(source, flags, { timeout: REGEX_CHECK_TIMEOUT_MS, randomSeed: 1 });
  } catch (error) {
    return err(`This expression could not be checked for safety (${error instanceof Error ? error.name : 'error'}); try again or simplify it.`);
  }
  return safetyResult(diagnostics);
}

/** recheck's verdict in words (exported for the tests, which also feed it crafted verdicts). */
export function safetyResult(diagnostics: Diagnostics): Result<void> {
  switch (diagnostics.status) {
    case 'safe':
      return ok(undefined);
    case 'vulnerable': {
      const example = attackExample(diagnostics);
      if (diagnostics.complexity.type === 'exponential') {
        return err(
          `This expression can take exponential time on input like ${example} (ReDoS); rewrite it without nested repetition such as (a+)+ or alternatives that overlap such as (a|a)*.`,
        );
      }
      const degree = diagnostics.complexity.degree;
      const power = degree === 2 ? 'quadratic' : `degree-${degree} polynomial`;
      return err(
        `This expression can take ${power} time on long input like ${example} (ReDoS); avoid repetitions that can match the same text one after another, such as .*x.* or \\s*x\\s*$ (rules match anywhere already, so a leading or trailing .* is never needed).`,
      );
    }
    case 'unknown': {
      const { error } = diagnostics;
      if (error.kind === 'timeout') return err('This expression could not be proven safe in time; simplify it (fewer nested or repeated groups).');
      if (error.kind === 'invalid') return err(`This regular expression is not valid: ${error.message}.`);
      if (error.kind === 'unsupported') return err(`This expression uses a feature the safety check does not support (${error.message}); rewrite it without it.`);
      return err('This expression could not be checked for safety; simplify it.');
    }
  }
}
