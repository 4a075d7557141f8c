import { describe, expect, it } from 'vitest';
import { ACTIONS, actionRank, isAction, strictest } from '../../../lib/core/action.ts';

describe('actions', () => {
  it('are ordered from least to most restrictive', () => {
    expect(ACTIONS.map(actionRank)).toEqual([0, 1, 2, 3]);
    expect(strictest('warn', 'redact')).toBe('redact');
    expect(strictest('block', 'allow')).toBe('block');
    expect(strictest('warn', 'warn')).toBe('warn');
  });

  it('recognise only the four action names', () => {
    expect(ACTIONS.every(isAction)).toBe(true);
    expect(isAction('toString')).toBe(false);
    expect(isAction('deny')).toBe(false);
  });
});
