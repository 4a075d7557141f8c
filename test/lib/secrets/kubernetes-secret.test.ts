import { describe, expect, it } from 'vitest';
import { documentAround, documentSeparators, kubernetesSecretValues } from '../../../lib/secrets/kubernetes-secret.ts';

const values = (text: string) => kubernetesSecretValues(text, text.search(/kind: ?'?Secret/)).spans.map((span) => text.slice(span.start, span.end));

describe('kubernetesSecretValues', () => {
  it('reports each data value (quoted, tab-indented, data before or after kind)', () => {
    expect(values("apiVersion: v1\ndata:\n\textra: 'YWRtaW46cGFzc3dvcmQ='\nkind: 'Secret'\n")).toEqual(['YWRtaW46cGFzc3dvcmQ=']);
    expect(values('kind: Secret\ndata:\n  password: UyFCXCpkJHpEc2I9 # db\n  username: YWRtaW4=\n')).toEqual(['UyFCXCpkJHpEc2I9']);
  });

  it('reads block scalars and stringData', () => {
    const folded = 'kind: Secret\ndata:\n  .dockercfg: >\n    eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=\n';
    expect(values(folded)).toEqual(['eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=']);
    expect(values('kind: Secret\nstringData:\n  token: "r8Kp2VzQm7Tx"\n  mode: "on"\n')).toEqual(['r8Kp2VzQm7Tx']);
  });

  it('skips empty, short, placeholder and non-base64 values', () => {
    expect(values('kind: Secret\ndata:\n  htpasswd: ""\n  extra: YmFyCg==\n  pw: cGFzc3dvcmQ=\n  bad: !!!\n')).toEqual([]);
  });

  it('stays inside its own YAML document', () => {
    const text = 'kind: ConfigMap\ndata:\n  a: UyFCXCpkJHpEc2I9\n---\nkind: Secret\ndata:\n  b: cjhLcDJWelFtN1R4\n';
    expect(values(text)).toEqual(['cjhLcDJWelFtN1R4']);
    const separators = documentSeparators(text);
    expect(separators).toHaveLength(1);
    expect(documentAround(text, 5, separators)).toEqual({ start: 0, end: separators[0] });
  });
});
