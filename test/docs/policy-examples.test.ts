import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '../../lib/settings/managed-policy.ts';
import { fromRegistry, valueProblems, type PolicySchema } from '../support/chrome-policy-schema.ts';
import { parsePlist } from '../support/plist.ts';
import { parseRegFile } from '../support/reg-file.ts';

// The example policy files docs/enterprise.md points admins to: each must be delivered by the
// browser (fits the schema) and read by Rampart without a single problem.
const read = (name: string) => readFileSync(new URL(`../../docs/policies/${name}`, import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as PolicySchema;
const CHROME_ID = 'REPLACE_WITH_RAMPART_EXTENSION_ID';
const FIREFOX_ID = 'rampart@rampart.dev';

function expectClean(policy: unknown) {
  expect(valueProblems(policy, schema)).toEqual([]);
  const parsed = parseManagedPolicy(policy);
  expect(parsed.problems).toEqual([]);
  return parsed;
}

describe('docs/policies examples', () => {
  it('chrome-linux.json: force-install and the policy under 3rdparty.extensions.<id>', () => {
    const file = JSON.parse(read('chrome-linux.json')) as { ExtensionSettings: Record<string, { installation_mode: string }>; '3rdparty': { extensions: Record<string, unknown> } };
    expect(file.ExtensionSettings[CHROME_ID]!.installation_mode).toBe('force_installed');
    const parsed = expectClean(file['3rdparty'].extensions[CHROME_ID]);
    expect(parsed.settings.profile).toBe('enterprise');
    expect(parsed.settings.customRules).toHaveLength(2);
    expect(parsed.disabledFeatures).toEqual(['pause']);
  });

  it('firefox-policies.json: force-install and policies.3rdparty.Extensions[gecko id]', () => {
    const file = JSON.parse(read('firefox-policies.json')) as { policies: { ExtensionSettings: Record<string, { installation_mode: string; install_url: string }>; '3rdparty': { Extensions: Record<string, unknown> } } };
    expect(file.policies.ExtensionSettings[FIREFOX_ID]).toMatchObject({ installation_mode: 'force_installed', install_url: expect.stringMatching(/^https:/) });
    expectClean(file.policies['3rdparty'].Extensions[FIREFOX_ID]);
  });

  it('chrome-windows.reg: the same policy as registry values, read the way Chrome reads them by the schema', () => {
    const keys = parseRegFile(read('chrome-windows.reg'));
    const install = keys.get('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome')!;
    expect(JSON.parse(install.ExtensionSettings as string)[CHROME_ID].installation_mode).toBe('force_installed');
    const values = keys.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`)!;
    const policy = Object.fromEntries(Object.entries(values).map(([name, raw]) => [name, fromRegistry(raw, schema.properties![name]!)]));
    expectClean(policy);
    expect(policy).toEqual(JSON.parse(read('chrome-linux.json'))['3rdparty'].extensions[CHROME_ID]);
  });

  it('chrome-macos.mobileconfig: a configuration profile with the extension’s policy domain', () => {
    const profile = parsePlist(read('chrome-macos.mobileconfig')) as { PayloadType: string; PayloadContent: Array<Record<string, unknown>> };
    expect(profile.PayloadType).toBe('Configuration');
    const chrome = profile.PayloadContent.find((payload) => payload.PayloadType === 'com.google.Chrome')!;
    expect((chrome.ExtensionSettings as Record<string, { installation_mode: string }>)[CHROME_ID]!.installation_mode).toBe('force_installed');
    const extension = profile.PayloadContent.find((payload) => payload.PayloadType === `com.google.Chrome.extensions.${CHROME_ID}`)!;
    const policy = Object.fromEntries(Object.entries(extension).filter(([key]) => !key.startsWith('Payload')));
    expectClean(policy);
    expect(policy).toEqual(JSON.parse(read('chrome-linux.json'))['3rdparty'].extensions[CHROME_ID]);
  });
});
