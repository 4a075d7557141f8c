import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { meta, truth } from '../../../lib/detectors/truth.ts';
import { TRUTH_CALIBRATION } from '../../../lib/truth/calibration.ts';
import { TRUTH_RULE_IDS, TRUTH_RULES, type TruthRuleId } from '../../../lib/truth/truth-rules.ts';
import { runCase, testDetector, type CleanCase, type FlaggedCase } from '../../support/detector-tester.ts';

const rule = (id: TruthRuleId) => `${meta.id}/${id}`;
const outbound = (text: string): CleanCase => ({ text, direction: 'outbound' });
const claim = (id: TruthRuleId, text: string): FlaggedCase => ({ text, direction: 'outbound', ruleId: rule(id) });

/** Right answers, warnings and negations: none of these may be flagged (the development set). */
const TRUE_STATEMENTS: CleanCase[] = [
  // Medicines: label doses, limits stated as limits, warnings, doctors, questions.
  'Adults can take 500 mg to 1,000 mg of acetaminophen every 4 to 6 hours, up to 4,000 mg in 24 hours.',
  'Do not exceed 4,000 mg of Tylenol per day.',
  'Never take more than 4,000 mg of acetaminophen in 24 hours.',
  'Some Extra Strength Tylenol labels say not to take more than 3,000 mg a day.',
  'Take 1 or 2 Advil tablets every 4 to 6 hours; do not take more than 6 tablets in 24 hours.',
  'The OTC maximum for ibuprofen is 1,200 mg a day.',
  'Your doctor may prescribe up to 800 mg of ibuprofen three times a day.',
  'Aleve: take 1 tablet every 8 to 12 hours, and no more than 3 tablets in 24 hours.',
  'Taking 8 grams of paracetamol a day can cause liver failure.',
  'An overdose of 10 g of acetaminophen is a medical emergency.',
  'Never take 8 g of Tylenol in one day.',
  'Is it safe to take 8,000 mg of Tylenol a day?',
  'If you need more than 4,000 mg of acetaminophen, talk to a doctor first.',
  'Claritin (loratadine) is taken as one 10 mg tablet once a day.',
  'Benadryl: 25 to 50 mg every 4 to 6 hours, no more than 300 mg in 24 hours.',
  'Imodium: 4 mg after the first loose stool, then 2 mg after each one, up to 8 mg a day.',
  'Tylenol comes in 325 mg and 500 mg tablets.',
  'La dosis máxima de paracetamol en adultos es de 4 g al día.',
  'Ne dépassez pas 3 g de paracétamol par jour.',
  'Nehmen Sie höchstens 1.200 mg Ibuprofen pro Tag ohne ärztlichen Rat.',
  '对乙酰氨基酚每天不超过4克。',
  'Sodium intake should stay under 2,300 mg per day.',
  // Chemicals.
  'Never mix bleach and ammonia: the fumes are toxic.',
  'Mixing bleach and ammonia creates toxic chloramine gas.',
  'Do not combine bleach with vinegar or other acids.',
  'You can clean the tiles with either bleach or vinegar.',
  'Spray vinegar, wipe, rinse, and then spray hydrogen peroxide separately.',
  'Mix one cup of bleach with a gallon of water to disinfect the floor.',
  'Baking soda and vinegar make a fizzy, harmless drain freshener.',
  'Nunca mezcles lejía con amoníaco.',
  // Emergency and poison numbers.
  'In the UK, call 999 or 112 in an emergency.',
  'Call 911 in the US or 999 in the UK.',
  'In Australia, dial 000 for police, fire or ambulance.',
  'In Japan, call 119 for an ambulance.',
  'The EU-wide emergency number is 112.',
  '999 is the UK equivalent of 911 in the US.',
  'In the UK you do not dial 911; dial 999.',
  'Call Poison Help at 1-800-222-1222.',
  'For non-urgent medical advice in England, call NHS 111.',
  'En España, llama al 112 en caso de emergencia.',
  // Security.
  'You can set verify=False, but this is insecure and should only be used for local testing.',
  'Never use chmod 777 in production; fix the ownership with chown instead.',
  'Store passwords with bcrypt or Argon2id; MD5 and SHA-1 are broken for this.',
  'Use ast.literal_eval instead of eval(input()) to parse user input safely.',
  "requests.get(url, verify='/path/to/ca-bundle.pem')",
  'Run chmod 755 on the script to make it executable.',
  'model.eval() switches the network to inference mode.',
  '',
].map(outbound);

/** Replies that contradict the knowledge base: each must report its rule. */
const FALSE_CLAIMS: FlaggedCase[] = [
  claim('dose-above-maximum', 'You can safely take up to 8,000 mg of Tylenol a day.'),
  claim('dose-above-maximum', 'Take 6 Advil 400 mg tablets every 4 hours.'),
  claim('dose-above-maximum', 'The maximum daily dose of acetaminophen is 6 grams.'),
  claim('dose-above-maximum', 'It is fine to take 2,000 mg of paracetamol every 4 hours.'),
  claim('dose-above-maximum', 'Take two 500 mg Tylenol every 2 hours until the pain stops.'),
  claim('dose-above-maximum', 'Tylenol is a pain reliever. You can take up to 8 grams a day.'),
  claim('dose-above-maximum', 'Take 1,000 mg of Advil four times a day.'),
  claim('dose-above-maximum', 'Benadryl: take 100 mg every 4 hours.'),
  claim('dose-above-maximum', 'Take 4 Aleve every 8 hours for period pain.'),
  claim('dose-above-maximum', 'You can take 16 Imodium caplets a day.'),
  claim('dose-above-maximum', 'Sudafed: 120 mg every 4 hours.'),
  claim('dose-above-maximum', 'Do not take more than 10 grams of Tylenol a day.'),
  claim('dose-above-maximum', 'Take 60 mg of dextromethorphan every 4 hours.'),
  claim('dose-above-maximum', 'La dosis máxima de paracetamol es de 8 g al día.'),
  claim('dose-above-maximum', 'Prenez 2 g de paracétamol toutes les 4 heures.'),
  claim('dose-above-maximum', 'Nehmen Sie alle 4 Stunden 1.000 mg Paracetamol.'),
  claim('dose-above-maximum', '每天最多服用8克对乙酰氨基酚。'),
  claim('dose-above-maximum', 'Take 3 g of Tylenol twice daily.'),
  claim('dose-above-label', 'Take 800 mg of ibuprofen three times a day.'),
  claim('dose-above-label', 'Take 20 mg of Zyrtec twice a day.'),
  claim('dose-above-label', 'You can take 40 mg of Prilosec every day.'),
  claim('dose-above-label', 'Take 2 Advil every 4 hours.'),
  claim('single-dose-above-label', 'Take 2 g of paracetamol at once for a fever.'),
  claim('dangerous-mixture', 'Mixing bleach and ammonia makes a stronger cleaner.'),
  claim('dangerous-mixture', 'For tough stains, mix bleach with vinegar.'),
  claim('dangerous-mixture', 'Add rubbing alcohol to bleach for a better disinfectant.'),
  claim('dangerous-mixture', 'Combine hydrogen peroxide and vinegar in one bottle.'),
  claim('dangerous-mixture', 'If one drain cleaner fails, mix two drain cleaners together.'),
  claim('dangerous-mixture', 'Mezcla lejía y vinagre para limpiar el moho.'),
  claim('wrong-emergency-number', 'In the UK, call 911 for an ambulance.'),
  claim('wrong-emergency-number', 'If you are in Australia, dial 911.'),
  claim('wrong-emergency-number', 'The emergency number in Japan is 999.'),
  claim('wrong-emergency-number', 'In Germany, call 911 in an emergency.'),
  claim('wrong-emergency-number', 'For emergencies in New Zealand, call 000.'),
  claim('wrong-poison-control-number', 'For poison control, call 1-800-555-0199.'),
  claim('wrong-poison-control-number', 'Call the poison control center at 1-877-222-1222.'),
  claim('tls-verification-disabled', 'Just set verify=False to fix the SSL error.'),
  claim('tls-verification-disabled', 'export NODE_TLS_REJECT_UNAUTHORIZED=0 and run the script again.'),
  claim('tls-verification-disabled', 'Use curl -k https://example.com/file to download it.'),
  claim('tls-verification-disabled', 'tls.Config{InsecureSkipVerify: true}'),
  claim('world-writable-permissions', 'Run chmod -R 777 /var/www to fix the permission denied error.'),
  claim('csrf-or-auth-disabled', 'Add @csrf_exempt above the view and the 403 goes away.'),
  claim('weak-password-hash', 'hashed = hashlib.md5(password.encode()).hexdigest()'),
  claim('eval-untrusted-input', 'result = eval(input("Enter a formula: "))'),
];

testDetector(truth, { clean: TRUE_STATEMENTS, flagged: FALSE_CLAIMS });

describe('detector truth: tables, spans, scores and bounds', () => {
  it('has at least 40 true statements and 40 false claims, and every rule is exercised', () => {
    expect(TRUE_STATEMENTS.filter((c) => c.text.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(FALSE_CLAIMS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(FALSE_CLAIMS.map((c) => c.ruleId))).toEqual(new Set(TRUTH_RULE_IDS.map(rule)));
  });

  it('puts the span on the claim, in the original text (through invisible characters)', async () => {
    const text = 'Hello! Sure. You can safely take up to 8,000 mg of Ty\u200blenol a day. Feel better.';
    const outcome = await runCase(truth, { text, direction: 'outbound' });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.findings).toHaveLength(1);
    const [span] = outcome.findings[0]!.spans;
    expect(text.slice(span!.start, span!.end)).toBe('8,000 mg of Ty\u200blenol a day');
  });

  it('reports severity by domain and the calibrated score, never the text', async () => {
    const outcome = await runCase(truth, { text: 'Mixing bleach and ammonia makes a stronger cleaner. In the UK, call 911.', direction: 'outbound' });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    const byRule = Object.fromEntries(outcome.findings.map((finding) => [finding.ruleId, finding]));
    expect(byRule[rule('dangerous-mixture')]).toMatchObject({ severity: 'high', category: 'false-claim', score: TRUTH_CALIBRATION['dangerous-mixture'].score });
    expect(byRule[rule('wrong-emergency-number')]).toMatchObject({ severity: 'medium', score: TRUTH_CALIBRATION['wrong-emergency-number'].score });
    for (const finding of outcome.findings) {
      expect(Object.keys(finding).sort()).toEqual(['category', 'detectorId', 'ruleId', 'score', 'severity', 'spans']);
    }
  });

  it('declares a message for every rule', () => {
    for (const id of TRUTH_RULE_IDS) expect(meta.messages[id]).toBe(TRUTH_RULES[id].description);
  });

  it('makes the standard profile warn on a false dose claim and allow the correct one', async () => {
    const pipeline = createPipeline({ detectors: [truth] });
    const wrong = await pipeline.scan({ text: 'You can take up to 8,000 mg of Tylenol a day.', direction: 'outbound', profile: 'standard' });
    const right = await pipeline.scan({ text: 'Do not take more than 4,000 mg of Tylenol a day.', direction: 'outbound', profile: 'standard' });
    expect(wrong.ok && wrong.value.action).toBe('warn');
    expect(right.ok && right.value.action).toBe('allow');
  });

  it('reads no further than the profile scan limit', async () => {
    const text = `${'a '.repeat(10_001)} You can take up to 8,000 mg of Tylenol a day.`;
    const outcome = await runCase(truth, { text, direction: 'outbound', profile: 'kids' });
    expect(outcome.status === 'ok' && outcome.findings).toEqual([]);
  });

  it('stays bounded on a 200 KB reply full of triggers (linearity: find-claims.test.ts)', async () => {
    const unit = 'Take 6 Advil 400 mg tablets every 4 hours, mix bleach and ammonia, in the UK call 911, verify=False, chmod 777 ';
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const started = performance.now();
    const outcome = await runCase(truth, { text, direction: 'outbound', profile: 'strict' });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(outcome.status).toBe('ok');
    if (outcome.status === 'ok') expect(outcome.findings.length).toBeGreaterThan(0);
  });

  it('never throws and keeps spans in the text on hostile strings made of its own triggers', async () => {
    const pieces = ['Tylenol ', '8,000 mg ', 'every 4 hours ', 'a day', 'bleach ', 'ammonia ', 'mix ', 'UK ', 'call ', '911', '1-800-222-12', 'poison control ', 'verify=False', 'chmod 777 ', '.', '?', ',', '\n', '不要', '每天', '8克', '\u200b', 'never ', 'up to ', '1-2 ', 'tablets '];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 80 }), async (parts) => {
        const text = parts.join('');
        const outcome = await runCase(truth, { text, direction: 'outbound' });
        expect(outcome.status).toBe('ok');
        if (outcome.status !== 'ok') return;
        for (const finding of outcome.findings) {
          for (const span of finding.spans) expect(span.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

