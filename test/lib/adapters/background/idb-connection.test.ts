import { describe, expect, it } from 'vitest';
import { reconnectingConnection } from '../../../../lib/adapters/background/idb-connection.ts';

describe('reconnectingConnection', () => {
  it('opens once and shares the connection', async () => {
    let opens = 0;
    const connect = reconnectingConnection(async () => ({ id: ++opens }));
    expect(await connect()).toEqual({ id: 1 });
    expect(await connect()).toEqual({ id: 1 });
    expect(opens).toBe(1);
  });

  it('opens again after the browser closed the connection', async () => {
    const terminations: Array<() => void> = [];
    let opens = 0;
    const connect = reconnectingConnection(async (onTerminated) => {
      terminations.push(onTerminated);
      return { id: ++opens };
    });
    await connect();
    terminations[0]!();
    expect(await connect()).toEqual({ id: 2 });
  });

  it('opens again after a failed open', async () => {
    let opens = 0;
    const connect = reconnectingConnection(async () => {
      opens += 1;
      if (opens === 1) throw new Error('blocked');
      return { id: opens };
    });
    await expect(connect()).rejects.toThrow('blocked');
    expect(await connect()).toEqual({ id: 2 });
  });
});
