import type { AnyDetector } from '../core/detector.ts';
import { customRules } from './custom-rules.ts';
import { drift } from './drift.ts';
import { encoding } from './encoding.ts';
import { exfil } from './exfil.ts';
import { invisibleText } from './invisible-text.ts';
import { kidsContext } from './kids-context.ts';
import { packageCheck } from './package-check.ts';
import { persuasion } from './persuasion.ts';
import { pii } from './pii.ts';
import { promptAttack } from './prompt-attack.ts';
import { secrets } from './secrets.ts';
import { size } from './size.ts';
import { strictJson } from './strict-json.ts';
import { toolGuard } from './tool-guard.ts';
import { truth } from './truth.ts';

/**
 * Every detector, sorted by id. One explicit list (no discovery magic) so that the bundle, the
 * CLI and the tests all see the same set; test/lib/detectors/index.test.ts checks that it is
 * sorted and that each entry has its own test file and its doc page (`<id>.md`).
 */
export const DETECTORS: readonly AnyDetector[] = [
  customRules,
  drift,
  encoding,
  exfil,
  invisibleText,
  kidsContext,
  packageCheck,
  persuasion,
  pii,
  promptAttack,
  secrets,
  size,
  strictJson,
  toolGuard,
  truth,
];
