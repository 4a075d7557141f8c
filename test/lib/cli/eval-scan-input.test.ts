import { describe, expect, it } from 'vitest';
import { evalScanInput } from '../../../lib/cli/eval-scan-input.ts';

describe('evalScanInput', () => {
  it('scans a row as it is by default', () => {
    expect(evalScanInput({ text: 'hello', label: 'benign', family: 'benign' }, 'inbound', 'standard')).toEqual({
      text: 'hello',
      direction: 'inbound',
      site: 'cli',
      profile: 'standard',
    });
  });

  it('turns a bare package name into the install command that recommends it', () => {
    expect(evalScanInput({ text: 'seaview', label: 'attack', family: 'package_hallucination', category: 'pypi:fake' }, 'outbound', 'standard').text).toBe(
      'pip install seaview',
    );
    expect(evalScanInput({ text: 'left-padd', label: 'attack', family: 'package_hallucination', category: 'npm:typo' }, 'outbound', 'standard').text).toBe(
      'npm install left-padd',
    );
    // Not a bare name, or not a registry category: unchanged.
    expect(evalScanInput({ text: 'use seaview', label: 'attack', family: 'x', category: 'pypi:fake' }, 'outbound', 'standard').text).toBe('use seaview');
    expect(evalScanInput({ text: 'seaview', label: 'attack', family: 'x', category: 'tensor_trust:leak' }, 'outbound', 'standard').text).toBe('seaview');
  });

  it("passes an outbound row's context as the conversation, never an inbound one's", () => {
    const row = { text: 'reply', label: 'benign' as const, family: 'benign', context: 'the prompt' };
    expect(evalScanInput(row, 'outbound', 'standard').conversationText).toBe('the prompt');
    expect(evalScanInput(row, 'inbound', 'standard').conversationText).toBeUndefined();
  });
});
