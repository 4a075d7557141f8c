import { MODEL_META_DEFAULTS, strongestOutput, type ModelDetectorDefinition } from './model-detector.ts';

/** The code-intent model: attack payloads and malicious commands, in prompts and in replies. */
export const codeIntent: ModelDetectorDefinition = {
  modelId: 'code-intent',
  meta: {
    id: 'code-intent',
    description: 'Trained model for malicious code: injection payloads (SQL/LDAP/NoSQL/XSS/template), shells, traversal.',
    directions: ['inbound', 'outbound'],
    categories: ['code-intent'],
    ...MODEL_META_DEFAULTS,
    messages: {
      'injection-payload': 'Looks like an injection payload (SQL, LDAP, NoSQL, XSS, template or XML).',
      shell: 'Looks like a malicious shell command: reverse/bind shell, persistence, download-and-run, evasion.',
      traversal: 'Looks like a path traversal, file inclusion or open-redirect payload.',
    },
  },
  classify: (scores, outputs) => ({
    rule: strongestOutput(scores, outputs, ['injection-payload', 'shell', 'traversal']),
    score: scores[0]!,
  }),
};
