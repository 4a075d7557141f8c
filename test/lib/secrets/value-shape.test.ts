import { describe, expect, it } from 'vitest';
import { valueShape } from '../../../lib/secrets/value-shape.ts';

describe('valueShape', () => {
  it.each([
    ['https://oauth2.googleapis.com/token', 'url'],
    ['/etc/ssl/private/server.key', 'path'],
    ['path/to/password_file', 'path'],
    ['secrets.json', 'path'],
    ['microsoft/BiomedCLIP-PubMedBERT_256-vit_base_patch16_224', 'path'],
    ['db.internal.example', 'hostname'],
    ['1.2.3', 'version'],
    ['os.environ.get', 'code'],
    ['getpass()', 'code'],
    ['user facing error', 'words'],
  ])('%j is a %s', (value, shape) => expect(valueShape(value)).toBe(shape));

  it.each(['q3Xf9Lk2Vb7Nm4Rt8Wz1Yc5Hd0Jg6Ps2Ue8Ai4Ko', 'kF3/Ab9+Zq7Lm2Xc8Vb1Nn4Rr6Tt0Yy5Uu3Ii7Oo', 'Xk29fLq8/ZpW3vR7nT4yB6cM1sD5gH0jK2uE9aQ7i', 'hE1hlYILrSqpqh.atlasv1.ARjZuyzl33F71WR55s6ln5GQ1HWIwTDDH3MiRjz7OnpCfaCb1RCF5zGaSncCWmJdcYA'])(
    '%j has no benign shape',
    (value) => expect(valueShape(value)).toBeUndefined(),
  );
});
