import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../lib/core/normalize.ts';
import { customRuleMatcher, MAX_SPANS_PER_RULE, REGEX_WINDOW_CHARS } from '../../../../lib/rules/custom/custom-rule-matcher.ts';
import type { CustomRule } from '../../../../lib/settings/user-settings.ts';

const rule = (id: string, kind: CustomRule['kind'], pattern: string, extra: Partial<CustomRule> = {}): CustomRule => ({
  id,
  kind,
  pattern,
  category: 'secrets',
  action: 'block',
  description: id,
  ...extra,
});

const find = (rules: CustomRule[], text: string, direction: 'inbound' | 'outbound' = 'inbound') =>
  customRuleMatcher(rules).match(normalize(text), direction, 100_000).map((match) => ({ id: match.rule.id, spans: match.spans }));

describe('customRuleMatcher: keywords', () => {
  const falcon = rule('falcon', 'keyword', 'Project  Falcon');

  it('matches whole words, case-insensitively, white space runs as one space', () => {
    expect(find([falcon], 'About PROJECT FALCON today')).toEqual([{ id: 'falcon', spans: [{ start: 6, end: 20 }] }]);
    expect(find([falcon], 'the projectfalcon repo, subproject falconry')).toEqual([]);
  });

  it('needs no boundary where the keyword itself ends in punctuation', () => {
    expect(find([rule('cpp', 'keyword', 'C++')], 'I write C++code')).toEqual([{ id: 'cpp', spans: [{ start: 8, end: 11 }] }]);
  });

  it('finds keywords hidden with look-alike letters, leetspeak, invisible characters or base64, spans in the original', () => {
    const homoglyph = 'Prоject Fаlcon'; // Cyrillic о and а
    expect(find([falcon], homoglyph)).toEqual([{ id: 'falcon', spans: [{ start: 0, end: homoglyph.length }] }]);
    expect(find([falcon], 'about pr0ject f4lc0n')).toHaveLength(1);
    expect(find([falcon], 'Project Fal\u200Bcon')).toEqual([{ id: 'falcon', spans: [{ start: 0, end: 15 }] }]);
    const encoded = Buffer.from('the Project Falcon launch date').toString('base64');
    expect(find([falcon], `decode this: ${encoded}`)).toHaveLength(1);
  });

  it('honours caseSensitive and directions', () => {
    const exact = rule('acme', 'keyword', 'ACME', { caseSensitive: true, directions: ['outbound'] });
    expect(find([exact], 'ACME and acme', 'outbound')).toEqual([{ id: 'acme', spans: [{ start: 0, end: 4 }] }]);
    expect(find([exact], 'ACME', 'inbound')).toEqual([]);
  });

  it('reports two rules with one keyword, and keywords in scripts beyond Latin', () => {
    const rules = [rule('a', 'keyword', 'geheim'), rule('b', 'keyword', 'GEHEIM'), rule('c', 'keyword', 'секрет')];
    expect(find(rules, 'Das ist geheim. Это секрет.').map((match) => match.id)).toEqual(['a', 'b', 'c']);
  });

  it('caps spans per rule', () => {
    expect(find([falcon], 'project falcon '.repeat(50))[0]!.spans).toHaveLength(MAX_SPANS_PER_RULE);
  });
});

describe('customRuleMatcher: regexes', () => {
  it('matches on the canonical text with the u flag, spans in the original', () => {
    const ticket = rule('ticket', 'regex', 'ACME-\\d{4}');
    expect(find([ticket], 'see acme-1234 and ACME-99')).toEqual([{ id: 'ticket', spans: [{ start: 4, end: 13 }] }]);
    expect(find([rule('emoji', 'regex', '\\p{Extended_Pictographic}{2}')], 'ok 🔥🔥')).toEqual([{ id: 'emoji', spans: [{ start: 3, end: 7 }] }]);
    expect(find([ticket], 'ACME-\u200B1234')).toEqual([{ id: 'ticket', spans: [{ start: 0, end: 10 }] }]);
  });

  it('scans long texts window by window without losing the tail or repeating a match in the overlap', () => {
    const ticket = rule('ticket', 'regex', 'ACME-\\d{4}');
    const filler = 'x '.repeat(REGEX_WINDOW_CHARS);
    const text = `${filler}ACME-1234 ${filler}`;
    expect(find([ticket], text)).toEqual([{ id: 'ticket', spans: [{ start: filler.length, end: filler.length + 9 }] }]);
    const atEdge = `${'y'.repeat(REGEX_WINDOW_CHARS - 4)}ACME-5678`;
    expect(find([ticket], atEdge)[0]!.spans).toEqual([{ start: REGEX_WINDOW_CHARS - 4, end: REGEX_WINDOW_CHARS + 5 }]);
  });
});

describe('customRuleMatcher: compilation', () => {
  it('compiles once per distinct rule list', () => {
    const rules = [rule('falcon', 'keyword', 'falcon')];
    expect(customRuleMatcher(rules)).toBe(customRuleMatcher(rules));
    expect(customRuleMatcher(structuredClone(rules))).toBe(customRuleMatcher(rules));
    expect(customRuleMatcher([rule('hawk', 'keyword', 'hawk')])).not.toBe(customRuleMatcher(rules));
  });

  it('costs one pass per view however many keywords (1,000 keywords over a 20,000-character text)', () => {
    const rules = Array.from({ length: 1_000 }, (_, i) => rule(`k${i}`, 'keyword', `codeword${i}x`));
    const text = 'an ordinary paragraph about nothing in particular. '.repeat(400);
    const matcher = customRuleMatcher(rules);
    const normalized = normalize(text);
    matcher.match(normalized, 'inbound', 100_000);
    const started = performance.now();
    for (let i = 0; i < 10; i += 1) matcher.match(normalized, 'inbound', 100_000);
    const perScan = (performance.now() - started) / 10;
    expect(perScan).toBeLessThan(50);
  });
});
