import { describe, expect, it } from 'vitest';
import { PROMPT_ATTACK } from '../../../lib/training/model-specs.ts';
import { trainModel } from '../../../lib/training/train-model.ts';
import { tinyRows } from '../../support/tiny-dataset.ts';

const spec = { ...PROMPT_ATTACK, featurizer: { ...PROMPT_ATTACK.featurizer, buckets: 1 << 12 }, epochs: 8 };

describe('trainModel', () => {
  const rows = tinyRows();
  const trained = trainModel(spec, rows, { augment: true, version: 't' });

  it('never trains on validation rows or rows with a non-shippable licence', () => {
    expect(trained.data.excludedByLicence).toBeGreaterThan(0);
    expect(Object.keys(trained.data.licences).some((licence) => licence.includes('NC'))).toBe(false);
    expect(trained.data.trainRows + trained.data.calibrationRows + trained.data.validationRows + trained.data.excludedByLicence).toBe(rows.length);
    expect(trained.data.augmentedRows).toBeGreaterThan(0);
  });

  it('reports validation per family and language, calibration error per output', () => {
    const total = Object.values(trained.metrics.byFamily).reduce((sum, rate) => sum + rate.total, 0);
    expect(total).toBe(trained.data.validationRows);
    expect(Object.keys(trained.metrics.ece)).toEqual(expect.arrayContaining(['attack']));
    expect(trained.metrics.byLanguage.en?.total).toBeGreaterThan(0);
  });

  it('is reproducible: the same rows give the same ONNX bytes; no augmentation gives other bytes', () => {
    const again = trainModel(spec, rows, { augment: true, version: 't' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(trained.bytes))).toBe(true);
    const plain = trainModel(spec, rows, { augment: false, version: 't' });
    expect(plain.data.augmentedRows).toBe(0);
    expect(Buffer.from(plain.bytes).equals(Buffer.from(trained.bytes))).toBe(false);
  });
});

describe('sliceMetrics', () => {
  it('computes AUC (ties half) and recall at 1% false positives', async () => {
    const { sliceMetrics } = await import('../../../lib/training/train-model.ts');
    const benign = Array.from({ length: 100 }, (_, i) => i / 100);
    const perfect = sliceMetrics([...benign, 5, 6], [...benign.map(() => 0), 1, 1]);
    expect(perfect).toEqual({ auc: 1, recallAt1PercentFp: 1 });
    const tied = sliceMetrics([0.5, 0.5], [1, 0]);
    expect(tied.auc).toBe(0.5);
  });

  it('counts attacks above the score only the given share of benign rows exceed', async () => {
    const { recallAtBenignShare } = await import('../../../lib/training/train-model.ts');
    const benign = Array.from({ length: 200 }, (_, i) => i / 200); // 0 … 0.995
    // 1%: the cut is the benign score at index floor(200 × 0.99) = 198, 0.99; only scores above it count.
    expect(recallAtBenignShare([0.985, 0.99, 0.992, 2], benign, 0.01)).toBe(0.5);
    // 0.5%: index 199, 0.995.
    expect(recallAtBenignShare([0.992, 0.995, 0.999, 2], benign, 0.005)).toBe(0.5);
  });
});
