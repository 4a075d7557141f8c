import { describe, expect, it } from 'vitest';
import { routeTable, type MessageRoute } from '../../../lib/messaging/message-route.ts';

const route = (type: MessageRoute['type']): MessageRoute => ({ type, handle: async () => ({ ok: true, value: null }) });

describe('routeTable', () => {
  it('finds routes by type', () => {
    const table = routeTable([route('page:a'), route('tab:b')]);
    expect(table.get('page:a')?.type).toBe('page:a');
    expect(table.get('page:c')).toBeUndefined();
  });

  it('refuses two routes for one type', () => {
    expect(() => routeTable([route('page:a'), route('page:a')])).toThrow('two message routes for page:a');
  });
});
