import { AI_RULES } from './ai.ts';
import { AUTH_RULES } from './auth.ts';
import { CHAT_RULES } from './chat.ts';
import { CLOUD_RULES } from './cloud.ts';
import { DATABASE_RULES } from './database.ts';
import { DEVOPS_RULES } from './devops.ts';
import { GENERIC_RULES } from './generic.ts';
import { PAYMENT_RULES } from './payment.ts';
import { PRIVATE_KEY_RULES } from './private-keys.ts';
import type { SecretRule } from './secret-rule.ts';
import { SAAS_RULES } from './saas.ts';
import { VCS_RULES } from './vcs.ts';

/**
 * Every secret rule, grouped by family. Order matters only for ties: when two rules report the
 * same span with the same score, the one listed first (more specific) is kept.
 */
export const SECRET_RULES: readonly SecretRule[] = [
  ...PRIVATE_KEY_RULES,
  ...CLOUD_RULES,
  ...VCS_RULES,
  ...AI_RULES,
  ...PAYMENT_RULES,
  ...CHAT_RULES,
  ...SAAS_RULES,
  ...DEVOPS_RULES,
  ...DATABASE_RULES,
  ...AUTH_RULES,
  ...GENERIC_RULES,
];
