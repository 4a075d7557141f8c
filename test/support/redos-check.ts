import { check } from 'recheck';

/** recheck's verdict on one pattern: `safe`, `unknown`, or `vulnerable: <complexity>`. */
export async function redosVerdict(source: string, flags: string): Promise<string> {
  const result = await check(source, flags, { timeout: 60_000, randomSeed: 1 });
  return result.status === 'vulnerable' ? `vulnerable: ${result.complexity.summary}` : result.status;
}

/**
 * The verdict for each rule's pattern checked exactly as the rule engine runs it (NFKC source,
 * sticky at the anchor), a few at a time (recheck runs them in one background process).
 */
export async function ruleVerdicts(rules: ReadonlyArray<{ id: string; pattern: RegExp }>): Promise<Record<string, string>> {
  const verdicts: Record<string, string> = {};
  for (let i = 0; i < rules.length; i += 4) {
    await Promise.all(
      rules.slice(i, i + 4).map(async (rule) => {
        verdicts[rule.id] = await redosVerdict(rule.pattern.source.normalize('NFKC'), `${rule.pattern.flags}y`);
      }),
    );
  }
  return verdicts;
}
