import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../../lib/core/finding.ts';
import { PHONE_PATTERNS } from '../../../../lib/pii/phone.ts';
import { REDACT_KINDS } from '../../../../lib/pii/rule.ts';
import { PII_HELPER_PATTERNS, PII_RULES } from '../../../../lib/pii/rules/index.ts';

const root = new URL('../../../../', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every regular-expression literal in the pii code, found with the TypeScript parser. */
function regexLiterals(): Array<{ source: string; flags: string; where: string }> {
  const files = [...walk(join(root, 'lib/pii')), join(root, 'lib/detectors/pii.ts'), join(root, 'lib/redaction/vault.ts')].filter((f) => f.endsWith('.ts'));
  const found: Array<{ source: string; flags: string; where: string }> = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(root, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('pii rules as data', () => {
  const ids = PII_RULES.map((rule) => rule.id);

  it('have unique kebab-case ids and complete metadata', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of PII_RULES) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.reference.length).toBeGreaterThan(5);
      expect(SEVERITIES).toContain(rule.severity);
      expect(REDACT_KINDS).toContain(rule.redactAs);
      expect(rule.pattern.sticky, `${rule.id} pattern must be sticky`).toBe(true);
      expect(Object.keys(rule.priors).length).toBeGreaterThan(0);
      for (const score of Object.values(rule.priors)) expect(score).toBeGreaterThan(0);
      for (const tier of [...(rule.checksumTiers ?? []), ...(rule.policyTiers ?? [])]) expect(rule.priors).toHaveProperty(tier);
      expect(rule.examples.flagged.length, `${rule.id} needs flagged examples`).toBeGreaterThan(0);
      expect(rule.examples.clean.length, `${rule.id} needs clean examples`).toBeGreaterThan(0);
    }
  });

  it('cover at least eight national-id schemes with check digits', () => {
    const ids = PII_RULES.filter((rule) => rule.family === 'government-id' && rule.checksumTiers?.length).map((rule) => rule.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
  });

  it(
    'pass a ReDoS check (recheck), every literal and every built pattern',
    async () => {
      const built = [...PII_RULES.map((rule) => rule.pattern), ...PII_HELPER_PATTERNS, ...PHONE_PATTERNS].map((pattern) => ({
        source: pattern.source,
        flags: pattern.flags,
        where: 'built pattern',
      }));
      const all = [...regexLiterals(), ...built];
      expect(all.length).toBeGreaterThan(100);
      const unsafe: string[] = [];
      // One at a time: recheck's timeout runs from the start of a check, so queued checks would
      // time out. `d` (match indices) does not change matching; large bounded counts are expanded
      // so the exact automaton checker is used instead of fuzzing.
      for (const { source, flags, where } of all) {
        const diagnostics = await check(source, flags.replace('d', ''), { timeout: 30_000, maxRepeatCount: 500, maxNFASize: 1_000_000 });
        if (diagnostics.status !== 'safe') unsafe.push(`${where}: /${source.slice(0, 80)}/${flags} → ${diagnostics.status}`);
      }
      expect(unsafe).toEqual([]);
    },
    240_000,
  );
});
