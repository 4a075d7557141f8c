import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { pii } from '../../../lib/detectors/pii.ts';
import { PII_RULES } from '../../../lib/pii/rules/index.ts';
import { runCase, testDetector, type FlaggedCase } from '../../support/detector-tester.ts';

const ruleExamples: FlaggedCase[] = PII_RULES.flatMap((rule) =>
  rule.examples.flagged.map((text) => ({ name: `${rule.id} example: ${text.slice(0, 40)}`, text, ruleId: `pii/${rule.id}` })),
);

const email = 'MinikJeremiassen@gustr.com';
const card = '4377 8771 8963 5137';

testDetector(pii, {
  clean: [
    { text: 'What is the capital of France?' },
    { name: 'names alone are not flagged', text: 'The name in the account is not correct, please change it to Manuela Gottschalk' },
    { text: 'Mr. Pálffy is a 19 year old man who grew up in SUND.' },
    { text: 'ZIP: 3520' },
    { text: 'My zip code is 76400' },
    { text: 'I am cambodian but I live in United Kingdom.' },
    { name: 'versions and dates', text: 'Released 2019-03-14 as v2.10.3 (build 1.12.3.4), see RFC 7231.' },
    { name: 'order ids and math', text: 'Order #5551234567 shipped; 12345 * 67890 = 838102050.' },
    { name: 'a year range', text: 'Europe between 1600-1800 saw great change.' },
    { name: 'code with numbers', text: 'for (let i = 0; i < 1024; i += 1) buffer[i] = 0x7f & data[i];' },
    { name: 'loopback and documentation IPs', text: 'curl http://127.0.0.1:8080 and ping 192.0.2.10' },
    { name: 'example mail', text: 'Use user@example.com or git@github.com:org/repo.git' },
    { name: 'test card numbers', text: 'Use Stripe test card 4242 4242 4242 4242 in sandbox.' },
    { name: 'toll-free hotline', text: 'Call 1-800-275-2273 for Apple support.' },
    { name: 'a date of birth alone stays below the standard threshold', text: 'born in 1990 in Lyon' },
    { text: 'She can place 3 orders and took 1st place in the KDD CUP 2021.' },
    { text: '' },
    { direction: 'outbound', text: 'Here is the loop:\n```python\nfor i in range(10):\n    print(i)\n```' },
  ],
  flagged: [
    ...ruleExamples,
    { name: 'email span is exactly the address', text: `What's your email? ${email}`, ruleId: 'pii/email', spans: [{ start: 19, end: 19 + email.length }], minScore: 0.9 },
    { name: 'checksum-validated card scores ≥ 0.9', text: `My credit card ${card} has been lost`, ruleId: 'pii/payment-card', spans: [{ start: 15, end: 15 + card.length }], minScore: 0.9 },
    { name: 'IBAN ≥ 0.9', text: 'My IBAN is GB85QZXO20740530696990', ruleId: 'pii/iban', minScore: 0.9 },
    { name: 'full-width digits (canonical view)', text: 'card ４３７７ ８７７１ ８９６３ ５１３７', ruleId: 'pii/payment-card', spans: [{ start: 5, end: 24 }] },
    { name: 'digits split by zero-width spaces', text: 'card 4377\u200b8771\u200b8963\u200b5137!', ruleId: 'pii/payment-card', spans: [{ start: 5, end: 24 }] },
    { name: 'Arabic-Indic digits', text: 'بطاقتي ٤٣٧٧٨٧٧١٨٩٦٣٥١٣٧', ruleId: 'pii/payment-card' },
    { name: 'outbound replies are scanned too', direction: 'outbound', text: 'Sure, his SSN is 588-46-6702.', ruleId: 'pii/us-ssn' },
    { name: 'private IP is reported low', text: 'ssh into 10.2.14.7 as root', ruleId: 'pii/ipv4' },
    { name: 'date of birth span is the date', text: 'DOB: 1984-07-03', ruleId: 'pii/date-of-birth', spans: [{ start: 5, end: 15 }] },
  ],
});

describe('pii rule examples', () => {
  for (const rule of PII_RULES) {
    it(`${rule.id}: clean examples do not produce the rule`, async () => {
      for (const text of rule.examples.clean) {
        const outcome = await runCase(pii, { text });
        expect(outcome.status).toBe('ok');
        if (outcome.status === 'ok') expect(outcome.findings.map((f) => f.ruleId), text).not.toContain(`pii/${rule.id}`);
      }
    });
  }

  it('every rule has a message', () => {
    for (const rule of PII_RULES) expect(pii.meta.messages[rule.id]).toBeTruthy();
  });
});

describe('pii in the pipeline (standard profile unless named)', () => {
  const pipeline = createPipeline({ detectors: [pii] });
  const scan = async (text: string, profile = 'standard') => {
    const result = await pipeline.scan({ text, direction: 'inbound', profile });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it('redacts an e-mail with a typed placeholder', async () => {
    const verdict = await scan(`Please send my portfolio to ${email}`);
    expect(verdict.action).toBe('redact');
    expect(verdict.redactions).toEqual([{ start: 28, end: 28 + email.length, category: 'pii', placeholder: '[EMAIL_1]' }]);
  });

  it('finds a card number sent inside base64 or hex and redacts the encoded run', async () => {
    const card = 'Card 4539 1488 0343 6467';
    for (const encoded of [Buffer.from(card).toString('base64'), Buffer.from(card).toString('hex')]) {
      const text = `here it is: ${encoded} thanks`;
      const verdict = await scan(text);
      expect(verdict.action).toBe('redact');
      expect(verdict.findings.map((f) => f.ruleId)).toContain('pii/payment-card');
      const [redaction] = verdict.redactions;
      expect(redaction!.start).toBeGreaterThanOrEqual(text.indexOf(encoded));
      expect(redaction!.end).toBeLessThanOrEqual(text.indexOf(encoded) + encoded.length);
    }
  });

  it('reads the leetspeak view: an address written in digits-for-letters is still redacted', async () => {
    const text = 'm41l m3 4t m4r14.k0w4lsk1@p0st30.d3 pl34s3, 1t 1s urg3nt';
    const verdict = await scan(text);
    expect(verdict.findings.map((f) => f.ruleId)).toContain('pii/email');
    expect(verdict.action).toBe('redact');
  });

  it('reads words run together: an address joined by underscores or dots is still redacted, in place', async () => {
    for (const text of ['There_is_a_lady_at_340_Main_Street_Springfield_who_needs_help', 'my.new.address.is.77.Elm.Road.Springfield']) {
      const verdict = await scan(text);
      expect(verdict.findings.map((f) => f.ruleId), text).toContain('pii/street-address');
      const [redaction] = verdict.redactions;
      expect(text.slice(redaction!.start, redaction!.end)).toMatch(/^(?:340_Main_Street|77\.Elm\.Road)/);
    }
  });

  it('reads words split inside by a mark: the address of "Cas-sidy Stre-et" is still redacted, in place', async () => {
    const text = "I'll me-et you at 62573 Cas-sidy Stre-et a-fter the co-ncert.";
    const verdict = await scan(text);
    expect(verdict.findings.map((f) => f.ruleId)).toContain('pii/street-address');
    const [redaction] = verdict.redactions;
    expect(text.slice(redaction!.start, redaction!.end)).toMatch(/^62573 Cas-sidy Stre-et/);
  });

  it('reads a long text\'s readings around their changes only, and finds there what a whole scan finds', async () => {
    const filler = 'We walked along the river and talked about the long summer ahead of us.\n'.repeat(150);
    const joined = 'There_is_a_lady_at_340_Main_Street_Springfield_who_needs_help';
    const text = `${filler}Reach me at ${email} today, h4ck3rs.\n${filler}${joined}\n${filler}call 0171 1234567 or 4377 8771 8963 5137\n`;
    const verdict = await scan(text);
    const ids = verdict.findings.map((f) => f.ruleId);
    expect(ids.filter((id) => id === 'pii/email')).toHaveLength(1);
    expect(ids.filter((id) => id === 'pii/payment-card')).toHaveLength(1);
    const address = verdict.findings.find((f) => f.ruleId === 'pii/street-address');
    expect(text.slice(address!.spans[0]!.start, address!.spans[0]!.end)).toMatch(/^340_Main_Street/);
  });

  it('does not report a value twice when the canonical and a decoded view both show it', async () => {
    const verdict = await scan('card 4539 1488 0343 6467');
    expect(verdict.findings.filter((f) => f.ruleId === 'pii/payment-card')).toHaveLength(1);
  });

  it('redacts a whole address block together with its card', async () => {
    const verdict = await scan('card number 4992819677820891 is lost, please send a new one to 14 Crown Street\n Suite 321\n LONDON');
    expect(verdict.action).toBe('redact');
    expect(verdict.redactions.map((r) => r.placeholder)).toEqual(['[CARD_1]', '[ADDRESS_1]']);
  });

  it('leaves a date of birth alone in standard and redacts it in enterprise', async () => {
    expect((await scan('She was born on 2/19/1956.')).action).toBe('allow');
    expect((await scan('She was born on 2/19/1956.', 'enterprise')).action).toBe('redact');
  });

  it('warns on a private IP only in the enterprise profile', async () => {
    expect((await scan('the db is at 10.2.14.7')).action).toBe('allow');
    expect((await scan('the db is at 10.2.14.7', 'enterprise')).action).toBe('warn');
  });

  it("treats an organisation's functional mailbox as contact data, not a person's", async () => {
    const footer = 'If you have any questions, just reply to this email or write to customer.service@mercury.com.';
    expect((await scan(footer)).action).toBe('allow');
    expect((await scan(footer, 'enterprise')).action).toBe('warn');
    expect((await scan('Questions? product-feedback@calendly.com')).findings[0]?.score).toBeLessThan(0.5);
    // A person's name beside a role word is a person's mailbox.
    for (const address of ['ana.support@mercury.com', 'ana+news@mail.co.uk', 'helloana@mercury.com']) {
      expect((await scan(`write to ${address}`)).action, address).toBe('redact');
    }
    // Next to personal data it is redacted with it.
    const verdict = await scan(`Order for ${email} — copy to billing@gustr.com`);
    expect(verdict.redactions.map((r) => r.placeholder)).toEqual(['[EMAIL_1]', '[EMAIL_2]']);
  });

  it('does not flag names, ages or bare postcodes', async () => {
    for (const text of ['What is your name? Elizabeth Hanson', 'He just turned 64 years old', 'ZIP: 6280', 'Just posted a photo https://www.FrugalFurnishings.de/']) {
      expect((await scan(text)).action, text).toBe('allow');
    }
  });
});

describe('pii robustness', () => {
  it('never throws and reports spans inside the text for number-heavy input', async () => {
    const numeric = fc.stringMatching(/^[0-9 +().\-/@:a-zA-Z]{0,400}$/);
    await fc.assert(
      fc.asyncProperty(numeric, async (text) => {
        const outcome = await runCase(pii, { text });
        expect(outcome.status).toBe('ok');
        if (outcome.status === 'ok') {
          for (const finding of outcome.findings) for (const span of finding.spans) expect(span.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stays bounded on oversized hostile input', async () => {
    for (const text of ['1 '.repeat(60_000), ('born on 1/2/1990 ').repeat(7_000), ('4377 8771 8963 5137 ').repeat(6_000)]) {
      const started = performance.now();
      const outcome = await runCase(pii, { text, profile: 'enterprise' });
      expect(outcome.status).toBe('ok');
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });

  it('scans only up to the profile limit', async () => {
    const outcome = await runCase(pii, { text: `${'x'.repeat(20_000)} ${email}`, profile: 'kids' });
    expect(outcome.status === 'ok' && outcome.findings).toEqual([]);
  });
});
