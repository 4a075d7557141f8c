import { describe, expect, it } from 'vitest';
import { createKidsSession, IDLE_MS } from '../../../lib/kids/kids-session.ts';
import { KIDS_KEYS } from '../../../lib/kids/kids-storage.ts';
import { fakeClock, memoryArea } from './memory-area.ts';

describe('parent session token', () => {
  it('accepts the current token and ends after 10 idle minutes', async () => {
    const clock = fakeClock();
    const session = createKidsSession(memoryArea(), clock.now);
    const { token, expiresAt } = await session.open();
    expect(expiresAt).toBe(clock.now() + IDLE_MS);
    clock.advance(IDLE_MS - 1);
    expect(await session.verify(token)).toBe(true);
    // That use extended it: another 9 minutes are fine.
    clock.advance(9 * 60_000);
    expect(await session.verify(token)).toBe(true);
    clock.advance(IDLE_MS);
    expect(await session.verify(token)).toBe(false);
    expect(await session.expiresAt()).toBeUndefined();
  });

  it('keeps one session at a time: a new unlock retires the old token', async () => {
    const session = createKidsSession(memoryArea());
    const first = await session.open();
    const second = await session.open();
    expect(first.token).not.toBe(second.token);
    expect(await session.verify(first.token)).toBe(false);
    expect(await session.verify(second.token)).toBe(true);
  });

  it('stores only a hash of the token, and a restarted worker still knows it', async () => {
    const area = memoryArea();
    const { token } = await createKidsSession(area).open();
    expect(JSON.stringify(area.data.get(KIDS_KEYS.session))).not.toContain(token);
    expect(await createKidsSession(area).verify(token)).toBe(true);
  });

  it('ends on close and rejects anything that is not the token', async () => {
    const session = createKidsSession(memoryArea());
    const { token } = await session.open();
    for (const bad of [undefined, null, 42, '', 'x'.repeat(43), `${token}x`, { token }]) expect(await session.verify(bad)).toBe(false);
    await session.close();
    expect(await session.verify(token)).toBe(false);
  });
});
