import { describe, expect, it } from 'vitest';
import { inferDirection } from '../../../lib/cli/file-direction.ts';

describe('inferDirection', () => {
  it('reads outbound* files as outbound and everything else as inbound', () => {
    expect(inferDirection('../shared/datasets/dev/outbound.jsonl')).toBe('outbound');
    expect(inferDirection('/data/outbound_packages.jsonl')).toBe('outbound');
    expect(inferDirection('Outbound-Replies.JSONL')).toBe('outbound');
    expect(inferDirection('../shared/datasets/dev/inbound.jsonl')).toBe('inbound');
    expect(inferDirection('../shared/datasets/dev/tool.jsonl')).toBe('inbound');
    expect(inferDirection('/data/outbound/inbound.jsonl')).toBe('inbound');
  });
});
