import { SECRET_RULES } from '../rules/secrets/index.ts';
import { compileRules } from './compile-rules.ts';

/** The secret rules compiled once for every reader (the secrets detector, exfil's URL check). */
export const SECRET_RULE_SET = compileRules(SECRET_RULES);
