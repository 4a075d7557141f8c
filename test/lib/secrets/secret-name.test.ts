import { describe, expect, it } from 'vitest';
import { identifierWords, isGenericSecretName, isKeyName, isSecretName, mayNameSecret } from '../../../lib/secrets/secret-name.ts';

describe('identifierWords', () => {
  it('splits snake, kebab, dotted and camel case', () => {
    expect(identifierWords('DB_PASSWORD')).toEqual(['db', 'password']);
    expect(identifierWords('clientSecret')).toEqual(['client', 'secret']);
    expect(identifierWords('api-token.value')).toEqual(['api', 'token', 'value']);
  });
});

describe('isSecretName', () => {
  it.each(['DB_PASSWORD', 'clientSecret', 'api_token', 'SUMOLOGIC_ACCESSID', 'signing_key', 'apiKey', 'key'])('%s can hold a secret', (name) =>
    expect(isSecretName(name)).toBe(true),
  );
  it.each(['credentialId', 'CREDENTIALS_ID', 'password_hash', 'token_url', 'secretName', 'PASSWORD_MIN_LENGTH', 'public_key', 'cache_key', 'hashed_password', 'api_keys'])(
    '%s names something about a secret',
    (name) => expect(isSecretName(name)).toBe(false),
  );
});

describe('isGenericSecretName', () => {
  it.each(['DB_PASS', 'VERY_SECRET_TOO', 'apitoken', 'AUTH_TOKEN_VALUE', 'dbPassword'])('%s is a secret name', (name) =>
    expect(isGenericSecretName(name)).toBe(true),
  );
  it.each(['tokenizer', 'passport', 'secretary', 'keyboard', 'csrf_token_name'])('%s is not', (name) =>
    expect(isGenericSecretName(name)).toBe(false),
  );
});

describe('isKeyName', () => {
  it('requires a trailing key that is not a lookup key', () => {
    expect(isKeyName('signingKey')).toBe(true);
    expect(isKeyName('ENCRYPTION_KEY')).toBe(true);
    expect(isKeyName('keyboard')).toBe(false);
    expect(isKeyName('user_key')).toBe(false);
    expect(isKeyName('key_id')).toBe(false);
  });
});

describe('mayNameSecret', () => {
  it.each(['cookie_seed', 'SIGNING', 'client_secret', 'upstream'])('%s may hold a generated secret', (name) => expect(mayNameSecret(name)).toBe(true));
  it.each(['image_data', 'commit', 'nonce', 'sha', 'public_key', 'rookTable', 'payload.signature'])('%s holds data, a digest or an id', (name) =>
    expect(mayNameSecret(name)).toBe(false),
  );
});
