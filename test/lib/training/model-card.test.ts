import { describe, expect, it } from 'vitest';
import { renderModelCard } from '../../../lib/training/model-card.ts';
import { PROMPT_ATTACK } from '../../../lib/training/model-specs.ts';
import { trainModel } from '../../../lib/training/train-model.ts';
import { tinyRows } from '../../support/tiny-dataset.ts';

describe('renderModelCard', () => {
  it('states data sources and licences, the command, hyper-parameters, metrics, size and hash', () => {
    const spec = { ...PROMPT_ATTACK, featurizer: { ...PROMPT_ATTACK.featurizer, buckets: 1 << 10 }, epochs: 1 };
    const trained = trainModel(spec, tinyRows(), { augment: false, version: '9' });
    const card = renderModelCard({ spec, trained, version: '9', sha256: 'f'.repeat(64), command: 'npm run train -- prompt-attack', augmented: false });
    for (const expected of ['# prompt-attack v9', 'f'.repeat(64), 'npm run train -- prompt-attack', '| Apache-2.0 |', 'tiny/attacks', 'Expected calibration error', '## Why this model family', 'left out for their licence']) {
      expect(card).toContain(expected);
    }
    expect(card).toContain(`${trained.bytes.byteLength.toLocaleString('en')} bytes`);
  });
});
