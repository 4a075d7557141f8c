import { fnv1a32 } from '../eval/split.ts';
import type { FeaturizerConfig } from '../models/featurize.ts';
import type { TrainingRow } from './training-row.ts';

/**
 * What each model learns: which rows it reads and what each output's target is for a row
 * (1, 0, or NaN = "this row says nothing about this output"). Hyper-parameters sit beside the
 * targets so the card can print exactly what was run.
 */
export interface ModelSpec {
  id: string;
  description: string;
  /** The files it reads (dev: inbound, outbound, tool; outbound_packages as `pip install NAME` replies; Rampart's own sets). */
  files: readonly TrainingFile[];
  outputs: readonly string[];
  /** Targets for a row, or undefined when the model does not train on it. */
  targets(row: TrainingRow): number[] | undefined;
  featurizer: FeaturizerConfig;
  embeddingDims: number;
  hiddenDims: number;
  epochs: number;
  learningRate: number;
  featureDropout: number;
  /** Attack rows get this many augmented copies (obfuscations and perturbations). */
  augmentCopies: number;
  /** Why this model family and size (the card prints it). */
  rationale: string;
}

const FEATURIZER: FeaturizerConfig = { buckets: 1 << 17, charNgrams: [3, 5], wordNgrams: 2, maxChars: 2048 };
const SMALL_FEATURIZER: FeaturizerConfig = { ...FEATURIZER, buckets: 1 << 16 };
/** For the models that read prose in every language (code-intent reads code: it does without). */
const PROSE_FEATURIZER: FeaturizerConfig = { ...FEATURIZER, unspacedNgrams: true };
const SMALL_PROSE_FEATURIZER: FeaturizerConfig = { ...SMALL_FEATURIZER, unspacedNgrams: true };

const RATIONALE =
  'fastText-style hashed embedding bag + one hidden layer: char 3–5-grams read every script and ' +
  'survive spelling games, word bigrams carry phrasing; one table lookup per feature keeps a ' +
  '2,000-character prompt well under 2 ms in WASM, and int8 rows keep the file small.';

/** Rampart's own training sets (datasets/<name>/, written for the project, CC0). */
export type OwnTrainingSet = 'everyday-train' | 'code-replies-train' | 'harmful-train';

/**
 * A file the models learn from: a dev data file (named by its rows' direction, or outbound_packages:
 * package names, read as outbound replies), or one of Rampart's own sets — `everyday-train`
 * (everyday requests, inbound), `code-replies-train` (ordinary code answers, outbound) and
 * `harmful-train` (harmful requests, inbound).
 */
export type TrainingFile = TrainingRow['direction'] | 'outbound_packages' | OwnTrainingSet;

/** The direction a training file's rows are scanned in. */
export const directionOfFile = (file: TrainingFile): TrainingRow['direction'] =>
  file === 'outbound_packages' || file === 'code-replies-train' ? 'outbound' : file === 'everyday-train' || file === 'harmful-train' ? 'inbound' : file;

const PROMPT_ATTACK_FAMILIES: Record<string, [number, number]> = {
  // [injection, jailbreak]
  injection: [1, 0],
  injection_indirect: [1, 0],
  exfil: [1, 0],
  jailbreak: [0, 1],
};
const BENIGN_FAMILIES = new Set(['benign', 'benign_hard', 'pii', 'tool_call']);

export const PROMPT_ATTACK: ModelSpec = {
  id: 'prompt-attack',
  description: 'Prompt injection (direct and indirect) and jailbreak, any language.',
  // The tool file's ordinary commands and config snippets are negatives too: people paste them
  // into chats, and the first models, which never saw one, flagged about a fifth of them.
  // everyday-train: the dev data has almost no short everyday requests ("how do I fix a squeaky
  // hinge", "write a haiku about autumn") and few benign rows in some languages (Korean 9, Javanese
  // 0), so without them a short request or a Korean sentence read as an attack.
  files: ['inbound', 'tool', 'everyday-train'],
  outputs: ['attack', 'injection', 'jailbreak'],
  targets(row) {
    const sub = PROMPT_ATTACK_FAMILIES[row.family];
    if (sub) return [1, ...sub];
    return BENIGN_FAMILIES.has(row.family) ? [0, 0, 0] : undefined;
  },
  featurizer: PROSE_FEATURIZER,
  embeddingDims: 32,
  hiddenDims: 64,
  epochs: 5,
  learningRate: 2e-3,
  featureDropout: 0.1,
  augmentCopies: 2,
  rationale: RATIONALE,
};

/** Source categories → MLCommons hazard codes (S1–S14), where the source says enough. */
const HARM_BY_CATEGORY: Array<[RegExp, string]> = [
  [/violence|violent|terror|weapon.*(?:violent)|murder|assault|animal_abuse/u, 'S1'],
  [/financial_crime|property_crime|theft|fraud|non_violent|drug|malicious_uses|cybercrime|hacking|illegal/u, 'S2'],
  [/sex.?related|trafficking/u, 'S3'],
  [/child/u, 'S4'],
  [/defamation|libel/u, 'S5'],
  [/specialized|medical|legal|financial_advice/u, 'S6'],
  [/privacy|information_hazard|personal/u, 'S7'],
  [/copyright|intellectual/u, 'S8'],
  [/chemical|biolog|nuclear|explosive|banned_substance|weapons/u, 'S9'],
  [/hate|discrimination|stereotype|toxicity|offensive/u, 'S10'],
  [/self.?harm|suicide/u, 'S11'],
  [/sexual|adult|explicit/u, 'S12'],
  [/election|politic|misinformation/u, 'S13'],
  [/cyberseceval_interpreter|code_interpreter|container escape|privilege escalation/iu, 'S14'],
];
export const HARM_OUTPUTS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14'];

/** The hazard codes a harmful row's category names (empty when it names none). */
export function harmCodes(category: string | undefined): Set<string> {
  const codes = new Set<string>();
  if (!category) return codes;
  const lower = category.toLowerCase();
  for (const [pattern, code] of HARM_BY_CATEGORY) if (pattern.test(lower)) codes.add(code);
  return codes;
}

export const CONTENT_SAFETY: ModelSpec = {
  id: 'content-safety',
  description: 'Harmful requests and replies, multi-label on the MLCommons S1–S14 taxonomy.',
  // outbound_packages: real package names as `pip install NAME` replies are negatives — without them a
  // bare install command was out of distribution and scored at random (v4 flagged 5% of them).
  // everyday-train: see PROMPT_ATTACK — the harmful rows are full of short personal requests and the
  // dev benign rows are not, so "How do I cite a website in APA format?" scored 0.96 (S2) before.
  // Not harmful-train (datasets/harmful-train/README.md): trained with it, this model ranked
  // validation prompts slightly better (AUC 0.956 → 0.961) but replies worse, and flagged 138 of
  // the 640 everyday questions of datasets/everyday/ instead of 76.
  files: ['inbound', 'outbound', 'tool', 'outbound_packages', 'everyday-train'],
  outputs: ['harmful', ...HARM_OUTPUTS],
  targets(row) {
    // hh-rlhf pairs (`quality: weak`) are relative preferences: the "rejected" reply is only the
    // less harmless of two, often as harmless as the "chosen" one. Trained as absolute labels they
    // taught the model the pairs' topics, not harm (validation: 29% vs 21% flagged).
    if (row.quality === 'weak') return undefined;
    if (row.family === 'harmful') {
      const codes = harmCodes(row.category);
      // A harmful row without a mapped category still teaches "harmful", not which hazard.
      return [1, ...HARM_OUTPUTS.map((code) => (codes.size === 0 ? Number.NaN : codes.has(code) ? 1 : 0))];
    }
    if (BENIGN_FAMILIES.has(row.family) || row.family === 'false_claim') return [0, ...HARM_OUTPUTS.map(() => 0)];
    return undefined;
  },
  // Half the buckets of prompt-attack: all shipped models must stay under 10 MB together.
  featurizer: SMALL_PROSE_FEATURIZER,
  embeddingDims: 32,
  hiddenDims: 64,
  epochs: 5,
  learningRate: 2e-3,
  featureDropout: 0.1,
  augmentCopies: 1,
  rationale: RATIONALE,
};

const CODE_PROMPT = /code|bfcl|package|apibench|cyberseceval|mbpp|program/iu;

const CODE_GROUPS: Array<[RegExp, number]> = [
  [/xss|sql|ldap|nosql|template|xxe|crlf|server side include|injection/iu, 1],
  [/command|shell|reverse|bind|persistence|mimikatz|amsi|download|gtfobins|evasion|code_execution/iu, 2],
  [/file inclusion|traversal|redirect/iu, 3],
];

export const CODE_INTENT: ModelSpec = {
  id: 'code-intent',
  description: 'Malicious code and payloads: shell, reverse shells, SQL/LDAP/NoSQL/XSS injection, path traversal.',
  // code-replies-train: the dev data's benign code answers are non-commercial (CodeAlpaca), so
  // without Rampart's own set the model never saw an ordinary reply and flagged short SQL queries,
  // HTML fragments and one-number answers as injection payloads (0.7–1.0).
  files: ['tool', 'inbound', 'code-replies-train'],
  outputs: ['malicious', 'injection-payload', 'shell', 'traversal'],
  targets(row) {
    if (row.direction === 'tool' && row.family === 'tool') {
      const groups = [0, 0, 0, 0];
      groups[0] = 1;
      for (const [pattern, index] of CODE_GROUPS) {
        if (pattern.test(row.category ?? '')) {
          groups[index] = 1;
          break;
        }
      }
      return groups;
    }
    // Ordinary commands, scanner false positives, code answers and ordinary prompts teach "not
    // malicious": all of the tool file's and the code replies, the inbound code/tool-use prompts,
    // and every fifth other inbound prompt (enough to know prose is not code, at a fifth of the
    // training time).
    if (!BENIGN_FAMILIES.has(row.family)) return undefined;
    if (row.direction !== 'inbound' || CODE_PROMPT.test(row.category ?? '') || fnv1a32(`code-intent:${row.id}`) % 5 === 0) {
      return [0, 0, 0, 0];
    }
    return undefined;
  },
  featurizer: SMALL_FEATURIZER,
  embeddingDims: 24,
  hiddenDims: 32,
  epochs: 5,
  learningRate: 2e-3,
  featureDropout: 0.1,
  augmentCopies: 1,
  rationale: RATIONALE,
};

export const MODEL_SPECS: readonly ModelSpec[] = [CODE_INTENT, CONTENT_SAFETY, PROMPT_ATTACK];
