import { HARM_CODES, type HarmCode } from '../core/category.ts';
import { MODEL_META_DEFAULTS, strongestOutput, type ModelDetectorDefinition } from './model-detector.ts';

const CODES = Object.keys(HARM_CODES) as HarmCode[];

/** The content-safety model: harmful requests and replies, named by MLCommons hazard (S1–S14). */
export const contentSafety: ModelDetectorDefinition = {
  modelId: 'content-safety',
  meta: {
    id: 'content-safety',
    description: 'Trained model for harmful content, with the most likely MLCommons hazard category (S1–S14).',
    directions: ['inbound', 'outbound'],
    categories: ['content-safety'],
    ...MODEL_META_DEFAULTS,
    messages: Object.fromEntries(CODES.map((code) => [code, `Likely harmful content: ${HARM_CODES[code]} (${code}).`])),
  },
  classify: (scores, outputs) => ({ rule: strongestOutput(scores, outputs, CODES), score: scores[0]! }),
};
