import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';

export const meta: DetectorMeta = {
  id: 'size',
  description:
    'Reports texts longer than the profile scans in full (maxScanChars). Huge pastes are a common way to bury an instruction where no reviewer reads, and costly detectors skip texts past their own limits, so an oversized text is never silently treated as checked.',
  version: '1.0.0',
  directions: ['inbound', 'outbound'],
  categories: ['oversize'],
  cost: 'cheap',
  expectedMs: 0.01,
  maxChars: Number.POSITIVE_INFINITY,
  defaultOptions: {},
  messages: {
    'over-limit': 'The text is longer than this profile checks in full; parts of it were not scanned by every detector.',
  },
};

export const size: Detector = {
  meta,
  run({ text, maxScanChars }) {
    const length = text.original.length;
    if (length <= maxScanChars) return findings([]);
    // Highlight the part beyond the limit: that is what was not vouched for.
    return findings([
      {
        ruleId: 'size/over-limit',
        category: 'oversize',
        severity: 'medium',
        score: 1,
        spans: [{ start: maxScanChars, end: length }],
      },
    ]);
  },
};
