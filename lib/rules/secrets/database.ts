import type { SecretRule } from './secret-rule.ts';

const DB_SCHEMES = [
  'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp', 'amqps', 'mssql',
  'sqlserver', 'clickhouse', 'cockroachdb', 'couchdb', 'neo4j', 'neo4j+s', 'bolt', 'cassandra', 'memcached', 'oracle',
  'db2', 'snowflake', 'influxdb', 'elasticsearch', 'kafka', 'nats', 'mqtt', 'mqtts', 'ldap', 'ldaps', 'cloudinary',
];
const WEB_SCHEMES = ['http', 'https', 'ftp', 'ftps', 'sftp', 'ssh', 'git', 'svn', 'smb', 'ws', 'wss', 'rsync', 'socks5'];

const escape = (scheme: string) => scheme.replace(/\+/g, '\\+');

/** `scheme://user:password@host` — the password is the span; the user stays readable. */
const credentialsUrl = (schemes: readonly string[]) =>
  String.raw`(?:${schemes.map(escape).join('|')})://(?<user>[^\s:@/?#'"<>\x60]{0,128}):(?<secret>[^\s@/?#'"<>\x60]{1,256})@(?=[A-Za-z0-9.\[_-])`;

export const DATABASE_RULES: readonly SecretRule[] = [
  {
    id: 'database-connection-string',
    family: 'database',
    provider: 'Generic',
    description: 'Password inside a database or message-broker URI (`postgres://user:password@host`, MongoDB, MySQL, Redis, AMQP, …).',
    severity: 'critical',
    redactAs: 'PASSWORD',
    keywords: DB_SCHEMES.map((scheme) => `${scheme}://`),
    pattern: credentialsUrl(DB_SCHEMES),
    checks: ['url-credentials'],
    allowRepetition: true,
    score: 0.9,
    reference: 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS',
    examples: {
      flagged: [
        'DATABASE_URL=postgres://app_user:⟦Tr0ub4dor&3xMQ71kS⟧@db.internal:5432/app',
        'mongodb+srv://admin:⟦q8WvLp2Zr5Kd⟧@cluster0.ab1cd.mongodb.net/test',
        'jdbc:mysql://root:⟦s3cr3t-P4ss⟧@localhost:3306/shop',
        'redis://:⟦eXTH3HEHOqrDRc2d8fUt⟧@cache:6379/0',
      ],
      clean: [
        'postgres://postgres:postgres@localhost:5432/app',
        'mongodb://user:password@localhost:27017',
        'amqp://guest:guest@localhost:5672/',
        'postgresql://${DB_USER}:${DB_PASSWORD}@db:5432/app',
        'mysql://root:<password>@localhost/db',
      ],
    },
  },
  {
    id: 'url-credentials',
    family: 'database',
    provider: 'Generic',
    description: 'Basic-auth credentials embedded in a URL (`https://user:password@host`, git/FTP/SSH remotes).',
    severity: 'high',
    redactAs: 'PASSWORD',
    keywords: WEB_SCHEMES.map((scheme) => `${scheme}://`),
    pattern: credentialsUrl(WEB_SCHEMES),
    checks: ['url-credentials'],
    allowRepetition: true,
    score: 0.85,
    reference: 'https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1',
    examples: {
      flagged: ['git clone https://deploy:⟦Xk29vLqP7mZt⟧@git.acme.io/app.git', 'https://cafeb4b3:⟦d3adb33f⟧@enterprise.contribsys.com/'],
      clean: [
        'http://admin:password@127.0.0.1:8080/api',
        'https://user:pass@example.com',
        'https://${GIT_USER}:${GIT_TOKEN}@github.com/acme/app.git',
        'https://en.wikipedia.org/wiki/Main_Page',
      ],
    },
  },
];
