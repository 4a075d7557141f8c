import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateManifest, type ModelManifest, type ModelVersion } from '../models/manifest.ts';
import { renderModelCard } from '../training/model-card.ts';
import { directionOfFile, MODEL_SPECS, type ModelSpec, type TrainingFile } from '../training/model-specs.ts';
import { buildExemplarIndex } from '../training/build-exemplar-index.ts';
import { trainModel } from '../training/train-model.ts';
import type { TrainingRow } from '../training/training-row.ts';
import { packageReplyText } from './eval-scan-input.ts';
import { parseCommandArgs, wantsHelp } from './args.ts';
import { DEFAULT_DATASET_DIR, isOwnTrainingSet, ownTrainingSetPath } from './dataset-dir.ts';
import type { CliIo } from './io.ts';
import { MANIFEST_PATH, MODELS_DIR } from './models-dir.ts';
import { nodeModelProvider } from './node-models.ts';

/** Not a network: vector-guard's exemplar index, embedded with the active prompt-attack model. */
const VECTOR_GUARD = 'vector-guard';
const TARGETS = [...MODEL_SPECS.map((spec) => spec.id), VECTOR_GUARD];

export const TRAIN_HELP = `Usage: rampart train <model-id>… | all [options]

Trains Rampart's own models from the dev data (${MODEL_SPECS.map((spec) => spec.id).join(', ')}), with fixed
seeds: the same data gives the same bytes. Rows of the validation split are never trained on;
rows whose licence does not allow a shipped derived model are left out. Writes
models/<id>/<version>/model.onnx and card.md and records the version in models/manifest.json.
"${VECTOR_GUARD}" builds vector-guard's exemplar index with the active prompt-attack model (run it
after training prompt-attack; "all" does).

Options:
  --version V      version name to write (default 1)
  --shadow         record the version as the model's shadow candidate instead of making it active
  --no-augment     train without adversarial augmentation (to measure what it buys)
  --data-dir DIR   the dev data (default ../shared/datasets/dev); prompt-attack and content-safety
                   also learn from datasets/everyday-train/ (Rampart's own everyday requests),
                   code-intent from datasets/code-replies-train/ (its ordinary code answers)
  --models-dir DIR where to write (default models/; its manifest.json is updated)
  --calibration-tenth K
                   which tenth of the training rows (0–9, default 0) calibrates the model instead
                   of training it: one run per tenth gives out-of-fold scores to compare settings on
  --slice-scores FILE
                   write the calibration slice's scores (id, family, lang, target, score; no text)
                   as JSON lines
  -h, --help       show this help
`;

const OPTIONS = {
  version: { type: 'string' },
  shadow: { type: 'boolean' },
  'no-augment': { type: 'boolean' },
  'data-dir': { type: 'string' },
  'models-dir': { type: 'string' },
  'calibration-tenth': { type: 'string' },
  'slice-scores': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** One training file's rows; package-name rows become the install command a reply would hold (as eval scans them). */
async function readTrainingRows(dir: string, file: TrainingFile): Promise<TrainingRow[]> {
  const text = await readFile(isOwnTrainingSet(file) ? ownTrainingSetPath(file) : join(dir, `${file}.jsonl`), 'utf8');
  const direction = directionOfFile(file);
  const rows: TrainingRow[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as Record<string, unknown>;
    if (typeof raw.id !== 'string' || typeof raw.text !== 'string' || typeof raw.family !== 'string') continue;
    rows.push({
      id: raw.id,
      text: packageReplyText({ text: raw.text, ...(typeof raw.category === 'string' ? { category: raw.category } : {}) }),
      label: raw.label === 'attack' ? 'attack' : 'benign',
      family: raw.family,
      lang: typeof raw.lang === 'string' ? raw.lang : 'und',
      license: typeof raw.license === 'string' ? raw.license : '',
      source: typeof raw.source === 'string' ? raw.source : '',
      ...(typeof raw.category === 'string' ? { category: raw.category } : {}),
      ...(typeof raw.quality === 'string' ? { quality: raw.quality } : {}),
      direction,
    });
  }
  return rows;
}

async function readManifest(path: string): Promise<ModelManifest> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { schema: 1, models: {} };
  }
  const manifest = validateManifest(JSON.parse(raw));
  if (!manifest.ok) throw new Error(manifest.error);
  return manifest.value;
}

export async function trainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(TRAIN_HELP);
    return 0;
  }
  const parsed = parseCommandArgs(argv, OPTIONS, TARGETS.length);
  if (!parsed.ok) {
    io.stderr(`rampart train: ${parsed.error}\n\n${TRAIN_HELP}`);
    return 1;
  }
  const { values, positionals } = parsed.value;
  const wanted = positionals.includes('all') ? TARGETS : positionals;
  const specs: ModelSpec[] = [];
  for (const id of wanted) {
    const spec = MODEL_SPECS.find((candidate) => candidate.id === id);
    if (spec) specs.push(spec);
    else if (id !== VECTOR_GUARD) {
      io.stderr(`rampart train: unknown model "${id}" (known: ${TARGETS.join(', ')}, all)\n`);
      return 1;
    }
  }
  const withIndex = wanted.includes(VECTOR_GUARD);
  if (specs.length === 0 && !withIndex) {
    io.stderr(`rampart train: name a model or "all"\n\n${TRAIN_HELP}`);
    return 1;
  }
  const version = values.version ?? '1';
  if (!/^[\w.-]{1,32}$/u.test(version)) {
    io.stderr('rampart train: --version must be 1–32 letters, digits, dots, dashes or underscores\n');
    return 1;
  }
  const augment = values['no-augment'] !== true;
  const tenth = values['calibration-tenth'] === undefined ? 0 : Number(values['calibration-tenth']);
  if (!Number.isInteger(tenth) || tenth < 0 || tenth > 9) {
    io.stderr('rampart train: --calibration-tenth must be a whole number from 0 to 9\n');
    return 1;
  }
  const sliceScores: string[] = [];
  const dataDir = values['data-dir'] ?? DEFAULT_DATASET_DIR;
  const modelsDir = values['models-dir'] ?? MODELS_DIR;
  const manifestPath = values['models-dir'] === undefined ? MANIFEST_PATH : join(modelsDir, 'manifest.json');

  const cache = new Map<TrainingFile, TrainingRow[]>();
  const manifest = await readManifest(manifestPath);
  const summary: Record<string, unknown> = {};
  for (const spec of specs) {
    const rows: TrainingRow[] = [];
    for (const file of spec.files) {
      if (!cache.has(file)) cache.set(file, await readTrainingRows(dataDir, file));
      rows.push(...cache.get(file)!);
    }
    const started = Date.now();
    const trained = trainModel(spec, rows, { augment, version, calibrationTenth: tenth, log: (line) => io.stderr(`${line}\n`) });
    for (const score of trained.sliceScores) sliceScores.push(JSON.stringify({ model: spec.id, ...score }));
    const sha256 = createHash('sha256').update(trained.bytes).digest('hex');
    const folder = `${spec.id}/${version}`;
    await mkdir(join(modelsDir, folder), { recursive: true });
    await writeFile(join(modelsDir, folder, 'model.onnx'), trained.bytes);
    const command = `npm run train -- ${spec.id}${version === '1' ? '' : ` --version ${version}`}${augment ? '' : ' --no-augment'}${tenth === 0 ? '' : ` --calibration-tenth ${tenth}`}`;
    await writeFile(join(modelsDir, folder, 'card.md'), renderModelCard({ spec, trained, version, sha256, command, augmented: augment }));

    const entry: ModelVersion = {
      version,
      file: `${folder}/model.onnx`,
      sha256,
      bytes: trained.bytes.byteLength,
      featurizer: spec.featurizer,
      outputs: [...spec.outputs],
      embeddingDims: spec.hiddenDims,
      card: `${folder}/card.md`,
    };
    const existing = manifest.models[spec.id];
    const versions = [...(existing?.versions.filter((v) => v.version !== version) ?? []), entry];
    manifest.models[spec.id] =
      values.shadow === true && existing
        ? { ...existing, versions, shadow: version }
        : { active: version, versions, ...(existing?.shadow !== undefined && existing.shadow !== version ? { shadow: existing.shadow } : {}) };
    summary[spec.id] = {
      version,
      bytes: trained.bytes.byteLength,
      sha256,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      validation: trained.metrics.byFamily,
      ece: trained.metrics.ece,
      obfuscatedAttacks: trained.metrics.obfuscatedAttacks,
    };
  }
  const writeManifest = async () => {
    const sorted = Object.fromEntries(Object.entries(manifest.models).sort(([a], [b]) => a.localeCompare(b)));
    await writeFile(manifestPath, `${JSON.stringify({ schema: 1, models: sorted }, null, 2)}\n`);
  };
  await writeManifest();
  if (values['slice-scores'] !== undefined) await writeFile(values['slice-scores'], sliceScores.map((line) => `${line}\n`).join(''));

  if (withIndex) {
    const entry = manifest.models['prompt-attack'];
    const active = entry?.versions.find((v) => v.version === entry.active);
    if (!entry || !active) {
      io.stderr('rampart train: vector-guard needs a trained prompt-attack model (train it first)\n');
      return 1;
    }
    const model = await (await nodeModelProvider(manifestPath, modelsDir)).load('prompt-attack');
    if (!model.ok) {
      io.stderr(`rampart train: cannot load prompt-attack: ${model.error}\n`);
      return 1;
    }
    if (!cache.has('inbound')) cache.set('inbound', await readTrainingRows(dataDir, 'inbound'));
    const embedder = {
      id: `prompt-attack@${active.version}`,
      dims: active.embeddingDims,
      embed: async (text: string) => (await model.value.infer(text)).embedding,
    };
    const started = Date.now();
    const build = await buildExemplarIndex(cache.get('inbound')!, embedder);
    const file = `${VECTOR_GUARD}/${active.version}/index.bin`;
    await mkdir(join(modelsDir, VECTOR_GUARD, active.version), { recursive: true });
    await writeFile(join(modelsDir, file), build.bytes);
    active.exemplarIndex = { file, sha256: createHash('sha256').update(build.bytes).digest('hex'), bytes: build.bytes.byteLength };
    await writeManifest();
    summary[VECTOR_GUARD] = {
      embedder: embedder.id,
      ...active.exemplarIndex,
      indexRows: build.indexRows,
      calibrationRows: build.calibrationRows,
      nearAttackSimilarity: build.nearAttackSimilarity,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  }
  io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
}
