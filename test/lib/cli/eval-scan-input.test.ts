import { describe, expect, it } from 'vitest';
import { evalScanInput, packageReplyText } from '../../../lib/cli/eval-scan-input.ts';

describe('packageReplyText', () => {
  it('reads a package-name row as its install command (training reads the rows as eval scans them)', () => {
    expect(packageReplyText({ text: ' requests ', category: 'pypi:real_top' })).toBe('pip install requests');
    expect(packageReplyText({ text: 'left-pad', category: 'npm:real' })).toBe('npm install left-pad');
    expect(packageReplyText({ text: 'two words', category: 'pypi:real' })).toBe('two words');
    expect(packageReplyText({ text: 'hello' })).toBe('hello');
  });
});

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
