import { describe, expect, it } from 'vitest';
import { isOscillating, riskyReturns, type OscillationParameters } from '../../../lib/session/oscillation.ts';

const parameters: OscillationParameters = { riskyAt: 0.5, calmBelow: 0.2, window: 10, minReturns: 2 };
const B = 0;
const R = 0.9;
const M = 0.3; // ambiguous: between calmBelow and riskyAt

describe('riskyReturns', () => {
  it('counts calm → risky transitions', () => {
    expect(riskyReturns([B, R, B, R, B, R], parameters)).toBe(3);
    expect(riskyReturns([B, B, R, R, R], parameters)).toBe(1);
    expect(riskyReturns([B, B, B], parameters)).toBe(0);
  });

  it('does not count a conversation that starts risky as a return', () => {
    expect(riskyReturns([R, B, R], parameters)).toBe(1);
  });

  it('skips ambiguous turns, so a wobble around one threshold is not a flip', () => {
    expect(riskyReturns([B, M, R, M, R, M, R], parameters)).toBe(1);
    expect(riskyReturns([B, R, M, B, R], parameters)).toBe(2);
  });

  it('looks only at the last `window` turns', () => {
    const early = [B, R, B, R];
    const late = [B, B, B, B, B, B, B, B, B];
    expect(riskyReturns([...early, ...late], parameters)).toBe(0);
    expect(riskyReturns([...early, ...late], { ...parameters, window: 13 })).toBe(2);
  });

  it('treats a non-finite risk as calm', () => {
    expect(riskyReturns([R, Number.NaN, R], parameters)).toBe(1);
  });
});

describe('isOscillating', () => {
  it('alarms on the second return to risky content after calm turns', () => {
    expect(isOscillating([B, R, B], parameters)).toBe(false);
    expect(isOscillating([B, R, B, R], parameters)).toBe(true);
    expect(isOscillating([B, R, B, B, B, B, B, R], parameters)).toBe(true);
  });

  it('never flags a calm turn for what came before', () => {
    expect(isOscillating([B, R, B, R, B], parameters)).toBe(false);
  });

  it('is false for an empty conversation', () => {
    expect(isOscillating([], parameters)).toBe(false);
  });
});
