import { size } from '../../../lib/detectors/size.ts';
import { testDetector } from '../../support/detector-tester.ts';

testDetector(size, {
  clean: [
    { text: 'What is the capital of France?' },
    { name: 'exactly at the standard limit', text: 'a'.repeat(100_000) },
    { name: 'empty text', text: '' },
    { name: 'long reply within limit', text: 'x'.repeat(20_000), direction: 'outbound', profile: 'kids' },
  ],
  flagged: [
    {
      name: 'one character over the standard limit',
      text: 'a'.repeat(100_001),
      ruleId: 'size/over-limit',
      spans: [{ start: 100_000, end: 100_001 }],
      minScore: 1,
    },
    {
      name: 'kids profile has a smaller limit',
      text: 'b'.repeat(20_001),
      profile: 'kids',
      direction: 'outbound',
      ruleId: 'size/over-limit',
      spans: [{ start: 20_000, end: 20_001 }],
    },
  ],
});
