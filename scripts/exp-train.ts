import { readFileSync } from 'node:fs';
import { normalize } from '../lib/core/normalize.ts';
import { splitOf } from '../lib/eval/split.ts';
import { featurizeModelText, modelText, type FeaturizerConfig } from '../lib/models/featurize.ts';
import { isShippableLicence } from '../lib/training/licence.ts';
import { trainNetwork, type TrainingExample } from '../lib/training/train-network.ts';
import { forward, sigmoid } from '../lib/training/embedding-bag-mlp.ts';

const cfg: FeaturizerConfig = { buckets: 1 << Number(process.env.BITS ?? 17), charNgrams: [3, 5], wordNgrams: 2, maxChars: 4096 };
const rows = readFileSync('/work/shared/datasets/dev/inbound.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const POS = new Set(['injection', 'injection_indirect', 'jailbreak', 'exfil']);
const NEG = new Set(['benign', 'benign_hard', 'pii']);
const t0 = Date.now();
const train: TrainingExample[] = [];
const val: Array<{ f: ReturnType<typeof featurizeModelText>; fam: string; lang: string }> = [];
for (const r of rows) {
  if (!POS.has(r.family) && !NEG.has(r.family) && r.family !== 'harmful') continue;
  const f = featurizeModelText(modelText(normalize(r.text), cfg.maxChars), cfg);
  if (splitOf(r.id) === 'validation') { val.push({ f, fam: r.family, lang: r.lang }); continue; }
  if (!isShippableLicence(r.license)) continue;
  if (r.family === 'harmful') continue;
  train.push({ features: f, targets: Float32Array.of(POS.has(r.family) ? 1 : 0), weight: 1 });
}
console.log('featurized', Date.now() - t0, 'ms', train.length, val.length);
const pos = train.filter((e) => e.targets[0] === 1).length;
const t1 = Date.now();
const w = trainNetwork(train, { shape: { buckets: cfg.buckets, embeddingDims: Number(process.env.D ?? 32), hiddenDims: 64, outputs: 1 }, epochs: Number(process.env.EPOCHS ?? 5), learningRate: Number(process.env.LR ?? 2e-3), featureDropout: 0.1, positiveWeights: [Number(process.env.PW ?? 1)], seed: 1 }, (r) => console.log(r, Date.now() - t1));
console.log('pos', pos, 'train ms', Date.now() - t1);
for (const th of [0.5, 0.7, 0.9]) {
  const by: Record<string, [number, number]> = {};
  for (const v of val) {
    const p = sigmoid(forward(w, v.f).logits[0]!);
    const k = v.fam; by[k] ??= [0, 0]; by[k][1]++; if (p >= th) by[k][0]++;
  }
  console.log(th, Object.entries(by).map(([k, [a, b]]) => `${k} ${a}/${b} ${(100 * a / b).toFixed(1)}%`).join(' | '));
}
