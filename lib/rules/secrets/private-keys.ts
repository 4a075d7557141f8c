import type { SecretRule } from './secret-rule.ts';

/** Key material never contains `-----`, so a body stops at the next armour line: linear scans. */
const PEM_BODY = String.raw`(?:[^-]|-(?!----))`;
const PEM_LABEL = String.raw`[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?`;
/** A line break, raw or JSON-escaped (a service-account key inside a JSON string). */
const BREAK = String.raw`(?:\r?\n|\\n)`;

export const PRIVATE_KEY_RULES: readonly SecretRule[] = [
  {
    id: 'private-key',
    family: 'private-key',
    provider: 'PEM / OpenSSH / PGP',
    description:
      'A private key block (`-----BEGIN … PRIVATE KEY-----` … `-----END …-----`): RSA, EC, DSA, OpenSSH, PKCS#8, encrypted PKCS#8, PGP. The whole block is the secret.',
    severity: 'critical',
    redactAs: 'PRIVATE_KEY',
    keywords: ['-----begin'],
    // Greedy is safe and linear: the body cannot contain `-----`, so it stops at the END line.
    pattern: `(?<secret>-----BEGIN${PEM_LABEL}-----(?<body>${PEM_BODY}{20,16384})-----END${PEM_LABEL}-----)`,
    checks: ['pem-body'],
    allowRepetition: true,
    score: 0.99,
    reference: 'https://www.rfc-editor.org/rfc/rfc7468',
    examples: {
      flagged: [
        '⟦-----BEGIN RSA PRIVATE KEY-----\n1vdmgjQEc+5xlok33Gy5sfRd1EcPJcvesFg4VuD/FxMUS1cAQ/HaksLBLxPk/0X1\nraFkp+sgQCH7KJohvouL8X4PCioTfmaueQxW+OCch3bwCqjk6mhz+7ixlpnbyuvY\nvdy7E1b5rvu/gydjbkZe2ZFEaDQwJybrLJvSCyRSJV0KzfaKoTajhjDwJGS+ldcW\neGtstKQb+IRX12wE2PXtyzkVVlVq9A/lsuT3ruLem3CRf6l4CKpU8OTM1weuZWZh\ntduzXJWOSUC92CBkmVLLvfJQU8Aw+bq38kW6QmjnTWdox1GwRuIXq4B4pMVKnWXl\ndmzIacuVsbrfJ55apBftTk2xlP1ZjZVZYxiG77MUayB795QJhjFOzp0iA3RVrvjQ\nFGQ+biT48dChDwAwKmtgN2aiKC2je9TCwiZFW+kJFMdGfk8tf6C9c2SVLp7PRHGs\nYRuJLFckjypLUZgV1dUVoyVz0HTIUoYAUXKcOXTwmj83xqe6rXQ7tu+xXi/c+Ntv\n1+geg8sb/Q/csexRp/KR2Dh6Uq1itATo285aMdgThrIzSwqr8gDNNUnouFrZ1Q+C\nLl7a25sMIm0JoRhzJYiMcxO1VA0iRfurnBOtOisvf+ID997vUCkNiGwJwJwqTpoI\nlhlhSYIDyv8gpez0aXtJ8xFQWSDqxzV48F79Xm0Jyu2mKjNhN6BkSFtgN+YsvHhf\nE3/BLP/pOiXYYVq36tR5VeTmVZ+Pq+Eq647dQnBJoF9i2tLr5zV2Wi1qDh25s2rw\n-----END RSA PRIVATE KEY-----⟧',
        '"private_key": "⟦-----BEGIN PRIVATE KEY-----\n/Vx6RzN3RO4oOmtR8580NxPvxe4dMc4IGzrTccWvEEWgsnk28N0l+VWH3L/eXb8S\nVgO/dRx0LtcXgocV9e0DxLqsTzCuw468yvAF2MpiNBjy6maIR3u+x3Mx+W9ewRFr\nMp8VY+AH9w7h4KgAe8pVy0Dcg5v5eA/FZf0rt8YxQb96M5KSj8DexFV8G/evxPyA\n8gcgIlYvuyoE6ZE4U8hwlTMAQ+i4V8haPboEcUzusp3C4UmDnEYq9FitOf8mQwl1\n2TLKN02th0mSdKwkZ707q/WBbt2KR+A8SUE3gNkrP/HIAizd2QYAO4BrbLqNGooC\nIrMSZG1raf5d1XUJQCqpBX18f6WlUjYW+SIZ5nHQRnXx2YvLhWzsXi3tCjFcVq8k\npyw805rdsohlq8DWICXw0tFmO4YEeoibILPbVp53b2zpx1TSO8kyQ36rp+m8oGOU\nPooS907Kr0JdZkOSqWBGU+VhII2NwZnNjSS+07xn45MiyaUbtVdN0yHV6gX9kqul\n-----END PRIVATE KEY-----⟧\\n",',
        '⟦-----BEGIN OPENSSH PRIVATE KEY-----\niyLG4cmiLckmgCzBCSB0gp5VXMYPryucol1iOjtRAbNME/Cfc6GSDvbWlqUE5lWM\nuNtHc8DbzbgjgRUoU8K1ZYdJQ6vPOVs77xX2dX6uTZzpGpr16Zoo5daxOOF5TPw8\nNbtDoYCNIJiI8jyu8jb1KDwv4OQTEFTceJnPuGe/BeuzshGQ1qRDu4/lJdRYjW2y\nvhja2tg/P0nl8Gt/NpiQfDkiTVjnp1gGW6FvMgvC6itDiOEED7RLhu2Wi2FMFcb5\nNYmIC5ClAiwxOCMUPQTlIp4OHKDQWwxpfx/bXkC52SKQi2ZPPhf5t0H2ofzH6t7q\nyr+zvSvJwNJ3hwjeuOjt03ZZX2JIiQvKwX3w3Eoc40+ExcvBKtap4ekzBbHpgMdz\n-----END OPENSSH PRIVATE KEY-----⟧',
        '⟦-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n2xKv+pCg5W85o7u6ezFIWKS/LX1vMhPOzOUOoiWiCu/JBNBFzOKl5A39y0DiRQrE\nALQg2/NrN6U1C9QFeymNGIQ/dOtWCYJPkJUwTk4p3gHlpRthzJnQhNz5KB3+qB4A\n=8xQN\n-----END PGP PRIVATE KEY BLOCK-----⟧',
      ],
      clean: [
        '-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----',
        '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
        '-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----',
        '-----BEGIN CERTIFICATE-----\nEs997Cpwr7EX5KvHHYVnnzGr0lH8ctRlvCrC5Drb6JCSeYWELefFk13no9h6Igo+\n-----END CERTIFICATE-----',
      ],
    },
  },
  {
    id: 'private-key-fragment',
    family: 'private-key',
    provider: 'PEM / OpenSSH / PGP',
    description: 'The start of a private key block with at least four lines of key material but no END line (a truncated paste).',
    severity: 'critical',
    redactAs: 'PRIVATE_KEY',
    keywords: ['-----begin'],
    pattern: String.raw`(?<secret>-----BEGIN${PEM_LABEL}-----[ \t]*${BREAK}(?:[A-Za-z-]{1,20}:[^\r\n\\]{0,200}${BREAK}){0,4}${BREAK}?(?:[A-Za-z0-9+/=]{16,80}${BREAK}){3,400}[A-Za-z0-9+/=]{16,80})`,
    allowRepetition: true,
    minEntropy: 3,
    score: 0.9,
    reference: 'https://www.rfc-editor.org/rfc/rfc7468',
    examples: {
      flagged: ['Here is the start of my key:\n⟦-----BEGIN RSA PRIVATE KEY-----\nVhZDuafrqWU1sObIlE0+nCZDsynhWh4TSncipfMJ6L/yZ5dAOaIxTIARc2GM+IOp\nYl9m9mg7ELEXe+GJhId4y2/NEq9migkZhZFvpjDf0LmxZok0Dj4wF7vA7SOjzcL6\nGiigTGNUSOquzYasGjRgpfhGbvXaoptFRFWBKFVw1ddiD/+WG06uM7gnYYkLqwVJ\nKLgeFIqoUfLjwSY2RgMPqRbRpTC8fQHCkk6b04QZnXTfMl4gzJLr2gU5OJmIq9Jw⟧'],
      clean: ['-----BEGIN RSA PRIVATE KEY-----\nMIIE\n'],
    },
  },
  {
    id: 'base64-private-key',
    family: 'private-key',
    provider: 'PEM',
    description: 'A base64-encoded PEM private key (`LS0tLS1CRUdJTi…` decodes to `-----BEGIN … PRIVATE KEY`), e.g. kubeconfig `client-key-data`.',
    severity: 'critical',
    redactAs: 'PRIVATE_KEY',
    keywords: ['ls0tls1crudjti'],
    pattern: String.raw`(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,16384}={0,2})(?![A-Za-z0-9+/=])`,
    checks: ['base64-pem'],
    allowRepetition: true,
    score: 0.98,
    reference: 'https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/',
    examples: {
      flagged: ['    client-key-data: ⟦LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpKZUpuZVNubzdaR0FsdEl0VkZEa0RRbmQ4R3VNQmpvclNSZ05sdWFpREJZNGxrY3IzWmU0dlFDZ1BhTFFNNURkClNPUzRyaVNxMW1jSFREUUVMSnZoak4weUg4UGl1N2dGalVJVUJVZEdmOGhWaTVnTi95M0VqcmxwSmd2L0FTYnAKYlVZU0xPdDk4MDV6VkR0SHFTM0NnanJIcFpkdzJkMUwzMFZ2VTQ1MnJYOWV1VjJPUHRTV3U0QmZpL3A3MlorYwpEZG41QkJqUmRJQ3FtMGJwQ2llK1B2bHRvbkp3ZDd5eFNSMW94bksyNkJINlNmUzFpeFJTa1I3aStKY21LNHdDCi0tLS0tRU5EIFJTQSBQUklWQVRFIEtFWS0tLS0tCg==⟧'],
      clean: ['certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcw'],
    },
  },
  {
    id: 'putty-private-key',
    family: 'private-key',
    provider: 'PuTTY',
    description: 'The private lines of a PuTTY `.ppk` key file.',
    severity: 'critical',
    redactAs: 'PRIVATE_KEY',
    keywords: ['private-lines:'],
    pattern: String.raw`Private-Lines:[ \t]*[0-9]{1,3}\r?\n(?<secret>[A-Za-z0-9+/=]{1,64}(?:\r?\n[A-Za-z0-9+/=]{1,64}(?=[\r\n]|$)){0,99})`,
    allowRepetition: true,
    minEntropy: 3.5,
    score: 0.98,
    reference: 'https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html',
    examples: {
      flagged: ['PuTTY-User-Key-File-3: ssh-rsa\nPrivate-Lines: 2\n⟦wuKfPqLX94BrT74oFqIthLTEzqP5yi+aO5ePahxptaJgb9x2b2yLUwx1KWPZVOau\nnZq/Uowe7vM6azHL7FxwpQri9oqRgdm0W1QaB8iN⟧\nPrivate-MAC: cfc8aae39358d120784fae6a51dc0ffdc473657fa23f17a0768f24c5ff811544'],
      clean: ['Private-Lines: 14'],
    },
  },
];
