import type { ModelSpec } from './model-specs.ts';
import type { RateCount, TrainedModel } from './train-model.ts';

export interface CardFacts {
  spec: ModelSpec;
  trained: TrainedModel;
  version: string;
  sha256: string;
  command: string;
  augmented: boolean;
}

const pct = ({ flagged, total }: RateCount) => (total === 0 ? '–' : `${((100 * flagged) / total).toFixed(1)}% (${flagged}/${total})`);
const table = (record: Record<string, RateCount>, heading: string) =>
  [`| ${heading} | flagged at ≥ 0.5 |`, '|---|---|', ...Object.entries(record).sort(([a], [b]) => a.localeCompare(b)).map(([key, rate]) => `| ${key} | ${pct(rate)} |`)].join('\n');

/** models/<id>/<version>/card.md: what the model is, what it learned from, how well it does. */
export function renderModelCard({ spec, trained, version, sha256, command, augmented }: CardFacts): string {
  const { data, metrics } = trained;
  const languages = Object.fromEntries(
    Object.entries(metrics.byLanguage).sort(([, a], [, b]) => b.total - a.total).slice(0, 12),
  );
  return `# ${spec.id} v${version}

${spec.description}

- File: \`model.onnx\`, ${trained.bytes.byteLength.toLocaleString('en')} bytes, SHA-256 \`${sha256}\`
- Outputs (calibrated probabilities): ${spec.outputs.map((name) => `\`${name}\``).join(', ')}; plus \`embedding\` (${spec.hiddenDims} dims, the hidden layer).
- Reproduce: \`${command}\` (fixed seeds; the same data gives the same bytes).

## Why this model family
${spec.rationale}

## Hyper-parameters
| setting | value |
|---|---|
| featurizer | ${spec.featurizer.buckets.toLocaleString('en')} hash buckets, char ${spec.featurizer.charNgrams.join('–')}-grams, word 1–${spec.featurizer.wordNgrams}-grams, first ${spec.featurizer.maxChars} chars per window${spec.featurizer.unspacedNgrams ? '; char 1–2-grams of unspaced scripts (CJK, Thai…)' : ''} |
| network | embedding bag ${spec.embeddingDims} dims (int8 per-row scale) → ReLU ${spec.hiddenDims} → ${spec.outputs.length} sigmoid |
| training | Adam lr ${spec.learningRate} (linear decay), ${spec.epochs} epochs, feature dropout ${spec.featureDropout}, positive weights ${trained.positiveWeights.map((w) => w.toFixed(2)).join(' / ')} |
| augmentation | ${augmented ? `${spec.augmentCopies} copies per attack row (obfuscation undone by normalize; word drop/swap wrapped in ordinary text)` : 'none'} |
| calibration | Platt scaling per output on a 10% calibration slice of the training rows |
| loss per epoch | ${trained.epochLosses.map((loss) => loss.toFixed(4)).join(', ')} |

## Data
Only rows whose licence allows a shipped derived model (MIT, Apache-2.0, CC-BY-4.0, CC0-1.0, ODC-BY,
CC-BY-SA-4.0) were trained on; ${data.excludedByLicence.toLocaleString('en')} rows were left out for their licence
(non-commercial, GPL-family or none stated). CC-BY-SA-4.0 rows are share-alike: whether model weights are an
adaptation is unsettled, so they are named here. Validation rows (the project split, lib/eval/split.ts) were never trained on.

- Trained on ${data.trainRows.toLocaleString('en')} rows (+${data.augmentedRows.toLocaleString('en')} augmented copies), calibrated on ${data.calibrationRows.toLocaleString('en')}, validated on ${data.validationRows.toLocaleString('en')} (all licences).

| licence | rows |
|---|---|
${Object.entries(data.licences).sort(([, a], [, b]) => b - a).map(([licence, rows]) => `| ${licence} | ${rows} |`).join('\n')}

| source | rows |
|---|---|
${Object.entries(data.sources).sort(([, a], [, b]) => b - a).map(([source, rows]) => `| ${source} | ${rows} |`).join('\n')}

## Validation (model alone, \`${spec.outputs[0]}\` ≥ 0.5)
${table(metrics.byFamily, 'family')}

${table(languages, 'language (attack rows)')}

- Calibration slice (training rows not trained on; used to choose settings): AUC ${trained.calibrationSlice.auc.toFixed(4)}, attacks caught at 1% benign flagged ${(100 * trained.calibrationSlice.recallAt1PercentFp).toFixed(1)}%
- Obfuscated validation attacks (one technique each) flagged: ${pct(metrics.obfuscatedAttacks)}
- Expected calibration error (10 bins): ${Object.entries(metrics.ece).map(([name, value]) => `${name} ${value.toFixed(3)}`).join(', ')}

The pipeline's numbers (rules + models, per family and language) are in the README.
`;
}
