/** What the policy does with a text, from least to most restrictive. */
export type Action = 'allow' | 'warn' | 'redact' | 'block';

export const ACTIONS: readonly Action[] = ['allow', 'warn', 'redact', 'block'];

const RANK: Record<Action, number> = { allow: 0, warn: 1, redact: 2, block: 3 };

export const isAction = (value: unknown): value is Action =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(RANK, value);

/** The more restrictive of two actions. */
export const strictest = (a: Action, b: Action): Action => (RANK[a] >= RANK[b] ? a : b);

export const actionRank = (action: Action): number => RANK[action];
