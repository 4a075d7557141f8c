import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { normalize } from '../../../lib/core/normalize.ts';
import { collectSecrets, meta, ruleScore, secrets } from '../../../lib/detectors/secrets.ts';
import { applyRedactions } from '../../../lib/policy/redactions.ts';
import { SECRET_CALIBRATION } from '../../../lib/rules/secrets/calibration.ts';
import { SECRET_RULES } from '../../../lib/rules/secrets/index.ts';
import { crc32 } from '../../../lib/secrets/crc32.ts';
import { toBase62 } from '../../../lib/secrets/token-checksum.ts';
import { runCase, testDetector, type CleanCase, type FlaggedCase } from '../../support/detector-tester.ts';
import { unmarkExample } from '../../support/secret-examples.ts';

/** A GitHub-format token with a valid checksum, built from a fixed random part. */
const githubToken = (prefix: string, random: string) => `${prefix}${random}${toBase62(crc32(random), 6)}`;
const GHP = githubToken('ghp_', 'Qm7xR2kLp9Vw4Zt8Yb3Nc6Hd1Jf5Gs');

const ruleExamples = (): { clean: CleanCase[]; flagged: FlaggedCase[] } => ({
  clean: SECRET_RULES.flatMap((rule) =>
    rule.examples.clean.map((text, index) => ({ name: `${rule.id} clean #${index + 1}`, text })),
  ),
  flagged: SECRET_RULES.flatMap((rule) =>
    rule.examples.flagged.map((example, index) => {
      const { text, span } = unmarkExample(example);
      return {
        name: `${rule.id} flagged #${index + 1}`,
        text,
        ruleId: `secrets/${rule.id}`,
        ...(span ? { spans: [span] } : {}),
        minScore: 0.5,
      };
    }),
  ),
});

const examples = ruleExamples();

testDetector(secrets, {
  clean: [
    ...examples.clean,
    { text: 'What is the capital of France?' },
    { text: '' },
    { name: 'prose about passwords', text: 'A good password is long. Never share your API key or token with anyone.' },
    { name: 'a git commit hash', text: 'Fixed in commit 9fceb02d0ae598e95dc970b74767f19372d61af8 on main.' },
    { name: 'a sha256 digest', text: 'sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    { name: 'a UUID on its own', text: 'request id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 failed' },
    { name: 'reply explaining the format', direction: 'outbound', text: 'GitHub tokens look like `ghp_` followed by 36 characters.' },
    { name: 'placeholder in a reply', direction: 'outbound', text: 'export OPENAI_API_KEY="sk-your-key-here"' },
    { name: 'env var reference', text: 'DB_PASSWORD=${DB_PASSWORD}\nAPI_TOKEN=$API_TOKEN' },
  ],
  flagged: [
    ...examples.flagged,
    {
      name: 'a secret in a reply (outbound)',
      direction: 'outbound',
      text: `Sure — set GITHUB_TOKEN=${GHP} in your CI settings.`,
      ruleId: 'secrets/github-pat',
      spans: [{ start: 24, end: 24 + GHP.length }],
      minScore: 0.95,
    },
    {
      name: 'zero-width characters inside a token (canonical view)',
      text: `token: ${GHP.slice(0, 10)}\u200b${GHP.slice(10)}`,
      ruleId: 'secrets/github-pat',
      spans: [{ start: 7, end: 7 + GHP.length + 1 }],
    },
    {
      name: 'a base64-encoded token (decoded view)',
      text: `config blob: ${Buffer.from(`token=${GHP}`).toString('base64')} end`,
      ruleId: 'secrets/github-pat',
    },
    {
      name: 'a 108,000-character paste with the key at the very end',
      text: `${'lorem ipsum dolor sit amet '.repeat(4_000)}\naws_secret_access_key = q3Xf9Lk2Vb7Nm4Rt8Wz1Yc5Hd0Jg6Ps2Ue8Ai4Ko`,
      ruleId: 'secrets/aws-secret-access-key',
    },
  ],
});

describe('secrets detector behaviour', () => {
  it('declares one message per rule and the secrets category only', () => {
    expect(Object.keys(meta.messages).sort()).toEqual(SECRET_RULES.map((rule) => rule.id).sort());
    expect(meta.categories).toEqual(['secrets']);
    expect(meta.directions).toEqual(['inbound', 'outbound']);
    expect(meta.cost).toBe('cheap');
  });

  it('gives every finding a redactAs and a span over exactly the secret (not the label)', async () => {
    const text = `password = "Xq7!vLp2#Rz"\nGITHUB_TOKEN=${GHP}`;
    const outcome = await runCase(secrets, { text });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    const found = outcome.findings.map((finding) => ({ rule: finding.ruleId, text: text.slice(finding.spans[0]!.start, finding.spans[0]!.end), redactAs: finding.redactAs }));
    expect(found).toContainEqual({ rule: 'secrets/generic-password', text: 'Xq7!vLp2#Rz', redactAs: 'PASSWORD' });
    expect(found).toContainEqual({ rule: 'secrets/github-pat', text: GHP, redactAs: 'GITHUB_TOKEN' });
  });

  it('never puts matched text in a finding', async () => {
    const outcome = await runCase(secrets, { text: `key: ${GHP}` });
    if (outcome.status !== 'ok') throw new Error('expected ok');
    for (const finding of outcome.findings) {
      expect(Object.keys(finding).sort()).toEqual(['category', 'detectorId', 'redactAs', 'ruleId', 'score', 'severity', 'spans']);
      expect(JSON.stringify(finding)).not.toContain(GHP);
    }
  });

  it('redacts only the secret through the pipeline (standard profile)', async () => {
    const pipeline = createPipeline({ detectors: [secrets] });
    const text = `Deploy with:\ncurl -H "Authorization: Bearer ${GHP}" https://api.github.com/user`;
    const result = await pipeline.scan({ text, direction: 'inbound', profile: 'standard' });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.action).toBe('redact');
    expect(applyRedactions(text, result.value.redactions)).toBe(
      'Deploy with:\ncurl -H "Authorization: Bearer [GITHUB_TOKEN_1]" https://api.github.com/user',
    );
  });

  it('keeps one finding per region when several rules match it', async () => {
    const outcome = await runCase(secrets, { text: `Authorization: Bearer ${GHP}` });
    if (outcome.status !== 'ok') throw new Error('expected ok');
    expect(outcome.findings.map((finding) => finding.ruleId)).toEqual(['secrets/github-pat']);
  });

  it('scores a token with a wrong checksum lower than a verified one, but still redacts it', () => {
    const rule = SECRET_RULES.find((candidate) => candidate.id === 'github-pat')!;
    expect(ruleScore(rule, 'pass')).toBeGreaterThanOrEqual(0.95);
    expect(ruleScore(rule, 'unverified')).toBeLessThan(ruleScore(rule, 'pass'));
    expect(ruleScore(rule, 'unverified')).toBeGreaterThanOrEqual(0.5);
    const broken = `${GHP.slice(0, -1)}${GHP.endsWith('A') ? 'B' : 'A'}`;
    const [found] = collectSecrets(normalize(`token ${broken}`), undefined);
    expect(found?.tier).toBe('unverified');
  });

  it('uses the calibration table where the training split has evidence', () => {
    for (const [key, calibration] of Object.entries(SECRET_CALIBRATION)) {
      const [id, tier] = key.split(':') as [string, string | undefined];
      const rule = SECRET_RULES.find((candidate) => candidate.id === id);
      expect(rule, `calibration for unknown rule ${id}`).toBeDefined();
      expect(ruleScore(rule!, tier === 'unverified' ? 'unverified' : 'pass')).toBe(calibration.score);
    }
  });

  it('stops early when aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(collectSecrets(normalize(`token ${GHP}`), controller.signal)).toEqual([]);
  });

  it('stays fast and finite on keyword floods (hostile input)', () => {
    const floods = [
      '-----BEGIN PRIVATE KEY-----\n'.repeat(3_000),
      'password='.repeat(10_000),
      'eyJhbGciOiJIUzI1NiJ9.eyJ'.repeat(3_000),
      `${'12345678:AA'.repeat(8_000)} ${GHP}`,
      'kind: Secret\ndata:\n  k: dmFsdWU=\n'.repeat(2_000),
      'Authorization: Bearer '.repeat(4_000),
      's.'.repeat(20_000),
      `"${'Ab3+'.repeat(50_000)}"`,
      'x = "Xk29fLq8ZpW3vR7nT4yB6cM1sD5gH0jK2u" '.repeat(5_000),
    ];
    for (const text of floods) {
      const started = performance.now();
      collectSecrets(normalize(text), undefined);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    // A flood of one keyword does not hide a token of another kind after it.
    const hidden = collectSecrets(normalize(`${'key key '.repeat(20_000)} ${GHP}`), undefined);
    expect(hidden.map((found) => found.rule.id)).toContain('github-pat');
  });

  it('leaves published example keys alone (documented samples, as gitleaks allow-lists them)', () => {
    for (const text of ['firebase.initializeApp({ apiKey: "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM" })', '<add key="ClearTextPassword" value="33f!!lloppa" />']) {
      expect(collectSecrets(normalize(text), undefined)).toEqual([]);
    }
  });

  it('reports a generated-looking string with no keyword, but not names, encoded text or query parameters', () => {
    const ruleIds = (text: string) => collectSecrets(normalize(text), undefined).map((found) => found.rule.id);
    expect(ruleIds("client.connect('Xk29fLq8ZpW3vR7nT4yB6cM1sD5gH0jK2uE9aQ7i')")).toEqual(['high-entropy-string']);
    expect(ruleIds("pipeline('zero-shot', model='microsoft/BiomedCLIP-PubMedBERT_256-vit_base_patch16_224')")).toEqual([]);
    expect(ruleIds(`seed = "${Buffer.from('a plain sentence, encoded for transport').toString('base64')}"`)).toEqual([]);
    expect(ruleIds('GET http://ece252.example:2540/image?q=gAAAAABdHkoqb9ZaJ3q4dlzEvTgG9WYwKcD9Aw7OUXeFicO-5M5IdNDjHBpKw7KBK3nCVqtuga4yzUaFEpJn8BqA1LzZprIJBw==')).toEqual([]);
  });

  it('never throws and reports valid spans on keyword-dense random text', async () => {
    const pieces = ['ghp_', 'xoxb-', '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----', 'password=', 'eyJ', '.', ':AA',
      'AKIA', 'sk-', 'key-', 'kind: Secret\n', 'data:\n', '  a: ', '"', "'", '=', ':', '\n', ' ', 'Q~', '://', '@', 'a', 'Z', '7', '/', '+', '\\n'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), async (parts) => {
        const text = parts.join('');
        const outcome = await runCase(secrets, { text });
        expect(outcome.status).toBe('ok');
        if (outcome.status === 'ok') {
          for (const finding of outcome.findings) {
            for (const span of finding.spans) {
              expect(span.start).toBeGreaterThanOrEqual(0);
              expect(span.end).toBeLessThanOrEqual(text.length);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
