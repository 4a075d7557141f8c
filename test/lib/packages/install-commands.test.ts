import { describe, expect, it } from 'vitest';
import { findInstallMentions, INSTALL_COMMAND_PATTERNS, MAX_WORDS_PER_COMMAND, packagesOfCommand } from '../../../lib/packages/install-commands.ts';
import type { PackageMention } from '../../../lib/packages/package-mention.ts';
import { replyRegions } from '../../../lib/packages/reply-regions.ts';
import { redosVerdict } from '../../support/redos-check.ts';

/** [ecosystem, kind, lookup, the text its span covers] for every install mention in `text`. */
function mentions(text: string): Array<[string, string, string, string]> {
  const out: PackageMention[] = [];
  const budget = { commands: 100, mentions: 1_000 };
  for (const region of replyRegions(text)) findInstallMentions(text, region, budget, out);
  return out.map((m) => [m.ecosystem, m.kind, m.lookup, text.slice(m.start, m.end)]);
}
const lookups = (text: string) => mentions(text).map(([, , lookup]) => lookup);

describe('install commands: npm family', () => {
  it.each([
    ['npm install express', ['express']],
    ['npm i -D typescript @types/node', ['typescript', '@types/node']],
    ['npm install --save-dev eslint@^9 prettier', ['eslint', 'prettier']],
    ['npm i -g npm@latest', ['npm']],
    ['npm install --registry https://r.test x', ['x']],
    ['npm install --prefix ./app lodash', ['lodash']],
    ['npm install', []],
    ['npm ci', []],
    ['npm run build', []],
    ['yarn add react react-dom', ['react', 'react-dom']],
    ['yarn global add serve', ['serve']],
    ['yarn', []],
    ['pnpm add -D vitest', ['vitest']],
    ['pnpm install zod', ['zod']],
    ['bun add hono', ['hono']],
    ['bun install', []],
    ['npm install ./local ../x git+https://github.com/a/b.git user/repo lodash', ['lodash']],
    ['npm install my-react@npm:react@18', ['react']],
  ])('%s', (text, expected) => {
    expect(lookups(text)).toEqual(expected);
  });

  it('reads the package an npx-style runner fetches, not its arguments', () => {
    expect(mentions('npx create-react-app my-app')).toEqual([['npm', 'run', 'create-react-app', 'create-react-app']]);
    expect(lookups('npx -y prisma migrate dev')).toEqual(['prisma']);
    expect(lookups('npx -p @angular/cli ng new app')).toEqual(['@angular/cli']);
    expect(lookups('npx --package=typescript tsc --init')).toEqual(['typescript']);
    expect(lookups('pnpm dlx degit user/repo')).toEqual(['degit']);
    expect(lookups('bunx cowsay hi')).toEqual(['cowsay']);
    expect(lookups('npm exec -- eslint .')).toEqual(['eslint']);
  });

  it('runs the create- package for npm / yarn / pnpm / bun create', () => {
    expect(mentions('npm create vite@latest my-app')).toEqual([['npm', 'run', 'create-vite', 'vite']]);
    expect(lookups('yarn create next-app')).toEqual(['create-next-app']);
    expect(lookups('npm init @scope/app')).toEqual(['@scope/create-app']);
    expect(lookups('npm init -y')).toEqual([]);
  });
});

describe('install commands: Python family', () => {
  it.each([
    ['pip install requests', ['requests']],
    ['pip3 install -U "uvicorn[standard]>=0.20" requests==2.31', ['uvicorn', 'requests']],
    ['python -m pip install --upgrade pip setuptools wheel', ['pip', 'setuptools', 'wheel']],
    ['python3.11 -m pip install numpy', ['numpy']],
    ['py -3.12 -m pip install pandas', ['pandas']],
    ['python -m venv .venv', []],
    ['pip install -r requirements.txt flask', ['flask']],
    ['pip install -e . pytest', ['pytest']],
    ['pip install -i https://idx.test/simple --extra-index-url https://x.test pkg', ['pkg']],
    ['pip install --target=./lib six', ['six']],
    ['pip install name @ https://x.test/name.whl other', ['other']],
    ['pip install requirements.txt', []],
    ['pip list', []],
    ['pipx install black', ['black']],
    ['pipx run cowsay', ['cowsay']],
    ['pipenv install --dev pytest', ['pytest']],
    ['uv add polars', ['polars']],
    ['uv pip install ruff', ['ruff']],
    ['uv tool install httpie', ['httpie']],
    ['uvx ruff check .', ['ruff']],
    ['uvx --from httpie http GET x', ['httpie']],
    ['poetry add --group dev pytest sqlalchemy@^2.0', ['pytest', 'sqlalchemy']],
    ['pdm add -d mypy', ['mypy']],
    ['conda install numpy', []],
  ])('%s', (text, expected) => {
    expect(lookups(text)).toEqual(expected);
  });

  it('reads notebook magics and continuation lines', () => {
    expect(lookups('```python\n!pip install transformers\n%pip install datasets\n```')).toEqual(['transformers', 'datasets']);
    expect(lookups('```bash\npip install \\\n  numpy \\\n  scipy\n```')).toEqual(['numpy', 'scipy']);
  });
});

describe('install commands: cargo, go, gem', () => {
  it.each([
    ['cargo add serde --features derive', ['serde']],
    ['cargo add tokio -F full', ['tokio']],
    ['cargo install ripgrep', ['ripgrep']],
    ['cargo add mycrate --git https://github.com/a/b', []],
    ['cargo install --path .', []],
    ['go get github.com/gin-gonic/gin@v1.9.1', ['github.com/gin-gonic/gin']],
    ['go install golang.org/x/tools/gopls@latest', ['golang.org/x/tools/gopls']],
    ['go get -u ./...', []],
    ['gem install rails -v 7.1', ['rails']],
    ['bundle add devise', ['devise']],
  ])('%s', (text, expected) => {
    expect(lookups(`\`\`\`bash\n${text}\n\`\`\``)).toEqual(expected);
  });

  it('does not read "go get" in prose unless it names a module path', () => {
    expect(lookups('You can go get coffee while it builds.')).toEqual([]);
    expect(lookups('Then go get github.com/spf13/cobra and import it.')).toEqual(['github.com/spf13/cobra']);
  });
});

describe('install commands in prose and inline code', () => {
  it('stops where the sentence goes on', () => {
    expect(lookups('You can install it with pip install flask and then run it.')).toEqual(['flask']);
    expect(lookups('Run `npm install axios` to get started.')).toEqual(['axios']);
    expect(lookups('First, pip install requests. Then import it.')).toEqual(['requests']);
  });

  it('reads several commands in one code block, each to its own end', () => {
    expect(lookups('```sh\nnpm i a && npm i b; pip install c # comment d\n```')).toEqual(['a', 'b', 'c']);
  });

  it('does not take a program name inside another word', () => {
    expect(lookups('the snpm install x and mypip install y and npm-install z')).toEqual([]);
  });

  it('points each span at the name itself, not its version, extras or quotes', () => {
    expect(mentions('pip install "uvicorn[standard]>=0.2"')).toEqual([['pypi', 'install', 'uvicorn', 'uvicorn']]);
    expect(mentions('npm i @types/node@20')).toEqual([['npm', 'install', '@types/node', '@types/node']]);
  });
});

describe('bounds', () => {
  it('reads at most MAX_WORDS_PER_COMMAND words of one command', () => {
    const names = Array.from({ length: 200 }, (_, i) => `p${i}`);
    expect(packagesOfCommand('pip', ['install', ...names].map((value, i) => ({ value, start: i, end: i + 1 }))).length).toBe(200);
    expect(lookups(`pip install ${names.join(' ')}`)).toHaveLength(MAX_WORDS_PER_COMMAND - 1);
  });

  it('stops at the command and mention budgets', () => {
    const text = 'npm i a\n'.repeat(500);
    const out: PackageMention[] = [];
    const budget = { commands: 10, mentions: 1_000 };
    for (const region of replyRegions(text)) findInstallMentions(text, region, budget, out);
    expect(out).toHaveLength(10);
    const few: PackageMention[] = [];
    const small = { commands: 1_000, mentions: 3 };
    for (const region of replyRegions(text)) findInstallMentions(text, region, small, few);
    expect(few).toHaveLength(3);
  });

  it.each(INSTALL_COMMAND_PATTERNS.map((pattern) => [pattern.source.slice(0, 50), pattern] as const))('%s passes the ReDoS check', async (_, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  }, 120_000);
});
