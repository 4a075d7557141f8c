import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding } from '../core/finding.ts';
import type { TextView } from '../core/normalized-text.ts';
import { toAsciiDigits } from '../pii/ascii-digits.ts';
import type { DeferredHit, PiiHit } from '../pii/rule.ts';
import { PII_RULES } from '../pii/rules/index.ts';
import { scanBudget, scanPii, type PiiScan, type PiiScanOptions } from '../pii/scan.ts';
import { widenRanges } from '../normalize/changed-ranges.ts';
import { scoreFor } from '../pii/score.ts';

export interface PiiOptions {
  /** Regions tried, in order, for phone numbers written in national format. */
  phoneRegions: readonly string[];
  /** Most findings reported for one text. */
  maxFindings: number;
}

const RULES_BY_ID = new Map(PII_RULES.map((rule) => [rule.id, rule]));

export const meta: DetectorMeta<PiiOptions> = {
  id: 'pii',
  description:
    'Personal data a user is about to send or a reply reveals: e-mail, phone, payment card, IBAN, national ids with check digits (US SSN, UK NINO, DE Steuer-ID, FR NIR, IN Aadhaar, ES DNI/NIE, IT codice fiscale, BR CPF, CA SIN, NL BSN, PL PESEL, CN resident id, AU TFN), licence/passport numbers, IP addresses, crypto wallets, dates of birth and postal addresses. Each finding can be redacted with a typed placeholder.',
  version: '1.0.0',
  directions: ['inbound', 'outbound'],
  categories: ['pii'],
  cost: 'cheap',
  expectedMs: 0.1,
  // Longer texts are scanned up to the profile's maxScanChars; the size detector reports the rest.
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: { phoneRegions: ['US', 'GB', 'DE', 'FR', 'IN', 'ES', 'IT', 'BR', 'CA', 'AU', 'NL', 'BE', 'CH', 'AT'], maxFindings: 200 },
  messages: Object.fromEntries(PII_RULES.map((rule) => [rule.id, rule.description])),
};

function toFinding(hit: PiiHit, view: TextView, originalLength: number): Finding | undefined {
  const rule = RULES_BY_ID.get(hit.rule);
  if (!rule) return undefined;
  const span = view.toOriginal(hit.start, hit.end);
  if (!(span.start >= 0 && span.end > span.start && span.end <= originalLength)) return undefined;
  return {
    ruleId: `pii/${rule.id}`,
    category: 'pii',
    severity: rule.severity,
    score: scoreFor(rule, hit.tier),
    spans: [{ start: span.start, end: span.end }],
    harm: 'S7',
    redactAs: rule.redactAs,
  };
}

/** Views whose text can hold personal data the canonical view does not show as such (`Main_Street`, `Stre-et`, `m4r14.k0w4lsk1@…`, base64). */
const isPiiView = (view: TextView): boolean => view.depth > 0 || view.name === 'upside-down' || view.name === 'leetspeak' || view.name === 'unjoined' || view.name === 'rejoined';

const toFindings = (hits: readonly PiiHit[], view: TextView, originalLength: number): Finding[] =>
  [...hits]
    .sort((a, b) => a.start - b.start)
    .map((hit) => toFinding(hit, view, originalLength))
    .filter((finding): finding is Finding => finding !== undefined);

/** Hits that need an asynchronous check (e.g. a SHA-256 checksum) and passed it. */
const verified = (deferred: ReturnType<typeof scanPii>['deferred']): Promise<PiiHit[]> =>
  Promise.all(deferred.map((hit) => hit.verify().catch(() => false))).then((verdicts) =>
    deferred.filter((_, index) => verdicts[index]).map(({ rule, tier, start, end }) => ({ rule, tier, start, end })),
  );

/** How far around a reading's changes (TextView.changes) it is scanned again: well past any value plus the context words its rules consult. */
const READING_REACH = 768;
/**
 * A hit this close to a window's cut (not the text's edge) may be a piece of a longer value, or
 * miss context beyond the cut, so it is dropped: such a hit is far from every change, and the
 * canonical view, which reads the same there, has it right.
 */
const CUT_MARGIN = 256;

/**
 * Scans a whole-text reading of the canonical view only around the places where it differs from it
 * (elsewhere the canonical scan already found what there is): a 100,000-character reading that
 * closes up three spaced-out words costs three windows, not another full scan. The windows share
 * one budget of costly validators; when they would cover most of the text it is scanned whole.
 */
function scanAroundChanges(text: string, changes: NonNullable<TextView['changes']>, options: PiiScanOptions): PiiScan {
  const windows = widenRanges(changes, text.length, READING_REACH, READING_REACH);
  if (windows.reduce((sum, window) => sum + window.end - window.start, 0) * 2 > text.length) return scanPii(toAsciiDigits(text), options);
  const shared = { ...options, budget: scanBudget() };
  const hits: PiiHit[] = [];
  const deferred: DeferredHit[] = [];
  for (const window of windows) {
    const part = scanPii(toAsciiDigits(text.slice(window.start, window.end)), shared);
    const lowest = window.start === 0 ? 0 : CUT_MARGIN;
    const highest = window.end === text.length ? window.end - window.start : window.end - window.start - CUT_MARGIN;
    const inside = (hit: PiiHit) => hit.start >= lowest && hit.end <= highest;
    for (const hit of part.hits) if (inside(hit)) hits.push({ ...hit, start: hit.start + window.start, end: hit.end + window.start });
    for (const hit of part.deferred) if (inside(hit)) deferred.push({ ...hit, start: hit.start + window.start, end: hit.end + window.start });
  }
  return { hits, deferred };
}

/**
 * Scans the canonical view (NFKC, invisible characters removed, so full-width digits and digits
 * split by zero-width characters read as plain digits) and every decoded layer (a card number
 * sent as base64 or hex is still a card number leaving) and the readings that can hold personal data
 * the canonical view does not show as such (isPiiView; around their changes only), mapping each hit
 * back to the original text; a value found in several views is reported once. Other scripts' decimal digits are
 * folded to ASCII first, one code unit for one. Synchronous unless a hit needs an async check.
 */
export const pii: Detector<PiiOptions> = {
  meta,
  run({ text, maxScanChars, options }) {
    const settings = { ...meta.defaultOptions, ...options };
    const originalLength = text.original.length;
    const scanOptions = { regions: settings.phoneRegions, maxHits: settings.maxFindings };
    const scans = [text.canonical, ...text.views.filter(isPiiView)].map((view) => {
      const scanned = view.text.length > maxScanChars ? view.text.slice(0, maxScanChars) : view.text;
      return { view, ...(view.changes ? scanAroundChanges(scanned, view.changes, scanOptions) : scanPii(toAsciiDigits(scanned), scanOptions)) };
    });
    const direct = scans.map(({ hits, view }) => toFindings(hits, view, originalLength));
    const merge = (perView: Finding[][]) => {
      const seen = new Set<string>();
      const merged = perView.flat().filter((finding) => {
        const key = `${finding.ruleId}|${finding.spans[0]!.start}|${finding.spans[0]!.end}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return findings(merged.slice(0, settings.maxFindings));
    };
    const pending = scans.filter(({ deferred }) => deferred.length > 0);
    if (pending.length === 0) return merge(direct);
    return Promise.all(pending.map(async ({ deferred, view }) => toFindings(await verified(deferred), view, originalLength))).then(
      (late) => merge([...direct, ...late]),
    );
  },
};
