/**
 * Which way text flows. `inbound` = human → LLM (what the user types, pastes or drops into a chat
 * composer); `outbound` = LLM → human (the reply the chat app renders).
 */
export type Direction = 'inbound' | 'outbound';

export const DIRECTIONS: readonly Direction[] = ['inbound', 'outbound'];

export const isDirection = (value: unknown): value is Direction =>
  value === 'inbound' || value === 'outbound';
