import { MODEL_META_DEFAULTS, strongestOutput, type ModelDetectorDefinition } from './model-detector.ts';

/** The prompt-attack model: injections (direct, indirect) and jailbreaks the rules have no words for. */
export const promptAttackModel: ModelDetectorDefinition = {
  modelId: 'prompt-attack',
  meta: {
    id: 'prompt-attack-model',
    description: 'Trained model (hashed n-gram embedding bag) for prompt injection and jailbreaks in any language.',
    directions: ['inbound'],
    categories: ['prompt-attack'],
    ...MODEL_META_DEFAULTS,
    messages: {
      injection: 'The prompt-attack model reads this as an attempt to override or hijack the assistant’s instructions.',
      jailbreak: 'The prompt-attack model reads this as a jailbreak: an attempt to talk the assistant out of its rules.',
    },
  },
  classify: (scores, outputs) => ({ rule: strongestOutput(scores, outputs, ['injection', 'jailbreak']), score: scores[0]! }),
};
