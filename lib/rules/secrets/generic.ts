import { anyCaseless, ASSIGN_OPERATOR, freeValue } from './pattern-parts.ts';
import type { SecretRule } from './secret-rule.ts';

const PASSWORD_WORDS = ['passw', 'passphrase', 'pwd', 'pass'];
const SECRET_WORDS = [
  'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'access-key', 'auth_key', 'authkey',
  'auth-key', 'private_key', 'privatekey', 'private-key', 'credential', 'creds', 'auth',
];

/** Base64 / base64url characters (padding apart): the alphabet of most generated secrets. */
const BASE64_CHAR = '[A-Za-z0-9+/_-]';
/** Subresource-integrity and digest prefixes: a published hash, not a secret. */
const DIGEST_PREFIX = '(?!sha(?:1|224|256|384|512)-|md5-)';

/** `<identifier containing a keyword> <operator> <value>`; the identifier is the `name` group. */
const named = (keywords: readonly string[], value: string) =>
  `(?<name>${anyCaseless(keywords)}[\\w.-]{0,30})${ASSIGN_OPERATOR}${value}`;

/**
 * Last-resort rules for secrets with no recognisable format: what makes them secrets is the name
 * they are assigned to. Their scores come from the calibration table (precision on the training
 * split), because a `password = …` line is far less certain than a `ghp_…` token.
 */
export const GENERIC_RULES: readonly SecretRule[] = [
  {
    id: 'generic-password',
    family: 'generic',
    provider: 'Generic',
    description: 'A literal password assigned to a password-named setting (`DB_PASSWORD=…`, `"password": "…"`, `pwd: …`).',
    severity: 'high',
    redactAs: 'PASSWORD',
    keywords: PASSWORD_WORDS,
    pattern: named(PASSWORD_WORDS, freeValue(4, 128, 6)),
    checks: ['generic-name', 'password-value', 'not-illustrative'],
    // No train row exercises it after the filters (before them it fired only on example values);
    // a cautious prior just above the standard redaction threshold.
    score: 0.6,
    reference: 'https://cwe.mitre.org/data/definitions/798.html',
    examples: {
      flagged: [
        'DB_PASSWORD=⟦Xq7!vLp2#Rz⟧',
        '{"username": "svc-report", "password": "⟦m9QxK2vLr8Tz⟧"}',
        'spring.datasource.password=⟦Hq3#vZ9wLm2024⟧',
        'Server=db01;Database=shop;User Id=app;Password=⟦Kd92!xPq7⟧;',
        '<server><id>nexus</id><username>deploy</username><password>⟦Rq8#mZ2vKx⟧</password></server>',
      ],
      clean: [
        'password = os.environ["DB_PASSWORD"]',
        'password: ${DB_PASSWORD}',
        '"password": "password123"',
        'password_hash = "$2b$12$KIXQJ1d6m6p6E8JQK1bq1e"',
        'Please enter your password: ********',
        'PASSWORD_MIN_LENGTH=12',
        'password = getpass.getpass()',
        "SUPER_SECRET_VALUE = 'this is just a long string, like a user facing error message'",
        'the passport = valid until 2030',
        '{"username": "tech_guru", "password": "securePass123"}',
        '{"username": "john", "password": "john1234"}',
        'sasl_plain_password = "QWEqwe20"',
        "Username: 'user', Password: 'password', Database: 'myDatabase'",
        '{"name": "JndiLoginModule.verifyPassword", "arguments": {"encryptedPassword": "a250ace13519e5d8bb24cd8d291b551f"}}',
        'enc_password = "7QfwyzcDymEdkQraBth8VS1IhFDV3i0W"',
        'if (password.length > minLength) return;',
      ],
    },
  },
  {
    id: 'generic-secret',
    family: 'generic',
    provider: 'Generic',
    description: 'A generated-looking value assigned to a secret-named setting (`client_secret`, `api_token`, `ACCESS_KEY`, `credentials`).',
    severity: 'high',
    redactAs: 'SECRET',
    keywords: SECRET_WORDS,
    pattern: named(SECRET_WORDS, freeValue(12, 512)),
    checks: ['generic-name', 'generic-value', 'random-key', 'not-illustrative', 'encoded-credentials'],
    minEntropy: 3,
    score: 0.75,
    reference: 'https://cwe.mitre.org/data/definitions/798.html',
    examples: {
      flagged: [
        'client_secret = "⟦Tx5XPLHeGLPnfOzFVziNvefhuj9EIISs⟧"',
        'utils.GetEnvOrDefault("api_token", "⟦bd35a9b8-85c4-8b04-20fb-9c5b8ba66675⟧")',
        'JWT_SECRET=⟦aac290d2d5672667cbdf0c0db5eae76d2ed168e28a4f327cab77efd8056eaf07⟧',
        '\\"accessToken\\": \\"⟦QLcwfhtUVSkFsOpMwZrC9-RU42GT1YAUkQkuNBmj⟧\\"',
        'proxy_auth: ⟦Zf3D0LXCM3EIMbgJpUNnkRtOf⟧',
      ],
      clean: [
        'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
        'secret_name: prod/db/credentials',
        '"credentialId": "B9mTcFSck2LzJO2S3ols63",',
        'api_key = "YOUR_API_KEY"',
        'token_url = "https://oauth2.googleapis.com/token"',
        'environment {\n\tCREDENTIALS_ID = "K8S_CRED"',
        "TOKEN='eXamPl3T0K3n'",
        '{"access_token": "secureAccessToken12345"}',
        '{"access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"}',
        '{"auths":{"registry.acme.io":{"auth":"YWRtaW46YWRtaW4xMjM="}}}',
      ],
    },
  },
  {
    id: 'generic-key',
    family: 'generic',
    provider: 'Generic',
    description: 'A random-looking value (three character classes, long hex or base64) assigned to a `…key` setting.',
    severity: 'medium',
    redactAs: 'SECRET',
    keywords: ['key'],
    pattern: named(['key'], freeValue(20, 512)),
    checks: ['key-name', 'generic-value', 'random-key', 'not-uuid', 'not-illustrative'],
    minEntropy: 3.5,
    score: 0.6,
    reference: 'https://cwe.mitre.org/data/definitions/321.html',
    examples: {
      flagged: ['key="⟦7JN1RyTHWNq7YNhyp419ulbe98YhNBin⟧"', 'signingKey: ⟦g4DHMvZyk76dhrOzh+XfXlZzLeQ9JHoxxOZF8nVMohI=⟧'],
      clean: [
        'cache_key = "user_profile_12345678"',
        'public_key = "e546/TErsMDoroLDzz1W0Sy9GfEDFsfYI8Ai8yy/1Zl7"',
        'keyboard = "US-International-Layout"',
        'user_key: d2db5ec4-6e7a-11ee-b962-0242ac120002',
      ],
    },
  },
  {
    id: 'high-entropy-string',
    family: 'generic',
    provider: 'Generic',
    description:
      'A quoted string or assigned value that looks generated (base64 alphabet, ≥ 4.5 bits of entropy per character, not words, not encoded text), whatever its name.',
    severity: 'medium',
    redactAs: 'SECRET',
    keywords: [],
    atTokenRuns: true,
    // Either right after a quote and closed by one, or the bare value of `name = …` / `name: …`
    // (INI, YAML, .env). Tried only where a run of 20+ base64 characters starts.
    pattern:
      String.raw`(?:(?<=["'\x60])${DIGEST_PREFIX}(?<secret>${BASE64_CHAR}{20,512}={0,2})(?=["'\x60])` +
      String.raw`|(?<=[A-Za-z0-9_\]][ 	]{0,3}[=:][ 	]{0,3})${DIGEST_PREFIX}(?<secret2>${BASE64_CHAR}{20,512}={0,2})(?=[\s;,]|$))`,
    // The Base64HighEntropyString limit of detect-secrets (4.5): random base64 of 32+ characters
    // reaches it, hex (≤ 4 bits) never does, so hashes and ids in hex are left alone.
    minEntropy: 4.5,
    checks: ['not-word-like', 'not-encoded-text', 'generic-value', 'random-key', 'not-illustrative', 'assigned-name'],
    score: 0.6,
    reference: 'https://github.com/Yelp/detect-secrets#plugins',
    examples: {
      flagged: [
        "cookie_seed = '⟦f6CGV4aMM9zedoh3OUNbSakBymo7yplB⟧'",
        'upstream:\n  signing: ⟦Wq8vN3xL0pR7sT2yK5mB9cF4hJ6gD1zA+eQ/uV8i=⟧',
        'client.connect("⟦Xk29fLq8ZpW3vR7nT4yB6cM1sD5gH0jK2uE9aQ7i⟧")',
      ],
      clean: [
        'model = "madhurjindal/autonlp-Gibberish-Detector-492513457"',
        "SUPER_SEECRET_VALUE = 'c3VwZXIgbG9uZyBzdHJpbmcgc2hvdWxkIGNhdXNlIGVub3VnaCBlbnRyb3B5'",
        'integrity="sha512-Wq8vN3xL0pR7sT2yK5mB9cF4hJ6gD1zAeQuV8iXk29fLq8ZpW3vR7nT4yB6cM1sD5g=="',
        'commit: "9fceb02d0ae598e95dc970b74767f19372d61af8"',
        "name: 'desktop-rhf_SponsoredProductsRemoteRHFSearchEXPSubsK2ClickPagination'",
        'id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"',
        '"image_data": "Wq8vN3xL0pR7sT2yK5mB9cF4hJ6gD1zA+eQ/uV8iXk29fLq8ZpW3vR7nT4yB6cM1"',
        'public_key = "e546/TErsMDoroLDzz1W0Sy9GfEDFsfYI8Ai8yy/1Zl7"',
      ],
    },
  },
];
