import { describe, expect, it } from 'vitest';
import { DISTRESS_SIGNALS } from '../../../lib/kids/distress-signals.ts';
import { redosVerdict } from '../../support/redos-check.ts';

const matches = (kind: string, text: string): boolean =>
  DISTRESS_SIGNALS.find((signal) => signal.kind === kind)!.patterns.some((pattern) => pattern.test(text));

describe('distress signals', () => {
  it('have ids distress-<kind>, one per kind', () => {
    expect(DISTRESS_SIGNALS.map((signal) => signal.id)).toEqual(['distress-self-harm', 'distress-abuse', 'distress-grooming']);
    for (const signal of DISTRESS_SIGNALS) expect(signal.id).toBe(`distress-${signal.kind}`);
  });

  it('recognise first-person distress in en, de, fr and es', () => {
    expect(matches('self-harm', 'i dont want to be alive anymore')).toBe(true);
    expect(matches('self-harm', 'ich will nicht mehr leben')).toBe(true);
    expect(matches('self-harm', "j'ai envie de mourir")).toBe(true);
    expect(matches('self-harm', 'ya no quiero vivir')).toBe(true);
    expect(matches('abuse', 'mein Vater schlägt mich')).toBe(true);
    expect(matches('abuse', 'mon père me frappe')).toBe(true);
    expect(matches('grooming', 'he wants me to send him pictures and said not to tell my mom about our chats')).toBe(true);
    expect(matches('grooming', 'un hombre quiere que le mande fotos y que sea nuestro secreto')).toBe(true);
  });

  it('leave stories and school questions alone', () => {
    for (const text of [
      'write a story where the knight wants to die a hero',
      'why did the dinosaurs die',
      'my dad helps me with my homework',
      'can you send me pictures of cute cats',
      'the wolf hits the door in the story',
    ]) {
      for (const signal of DISTRESS_SIGNALS) expect(signal.patterns.some((pattern) => pattern.test(text)), `${signal.id}: ${text}`).toBe(false);
    }
  });

  const patterns = DISTRESS_SIGNALS.flatMap((signal) => signal.patterns.map((pattern, index) => [`${signal.id}#${index}`, pattern] as const));
  it.each(patterns)('%s passes the ReDoS check (recheck)', { timeout: 300_000 }, async (_name, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  });
});
