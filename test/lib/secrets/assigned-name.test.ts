import { describe, expect, it } from 'vitest';
import { assignedNameBefore } from '../../../lib/secrets/assigned-name.ts';

const nameOf = (text: string, value: string) => assignedNameBefore(text, text.indexOf(value));

describe('assignedNameBefore', () => {
  it.each([
    ['client_seed = "VALUE"', 'client_seed'],
    ['"signature": "VALUE"', 'signature'],
    ['upload_id: VALUE', 'upload_id'],
    ["token => 'VALUE'", 'token'],
    ['{\\"cert\\": \\"VALUE\\"}', 'cert'],
    ['app.key=VALUE', 'app.key'],
    ['settings[secret] = "VALUE"', 'secret'],
  ])('%s → %s', (text, name) => expect(nameOf(text, 'VALUE')?.name).toBe(name));

  it('is undefined where the value is not assigned', () => {
    expect(nameOf('connect("VALUE")', 'VALUE')).toBeUndefined();
    expect(nameOf('VALUE', 'VALUE')).toBeUndefined();
    expect(nameOf('the key is VALUE', 'VALUE')).toBeUndefined();
  });

  it('says when the name is a URL query parameter', () => {
    expect(nameOf('https://a.example/x?q=VALUE', 'VALUE')).toEqual({ name: 'q', inQuery: true });
    expect(nameOf('seed=VALUE', 'VALUE')).toEqual({ name: 'seed', inQuery: false });
  });
});
