/** The registries package-check knows of. Only npm and PyPI have a snapshot to look names up in. */
export type Ecosystem = 'npm' | 'pypi' | 'crates' | 'go' | 'rubygems';

/**
 * How the reply names the package: `install` (npm install, pip install…), `run` (npx, uvx, pipx
 * run: fetched and executed in one step), or `import` (a Python or JavaScript import in code,
 * where the name is a module name that may be local to the project).
 */
export type MentionKind = 'install' | 'run' | 'import';

export interface PackageMention {
  ecosystem: Ecosystem;
  kind: MentionKind;
  /** The name as written in the reply. */
  name: string;
  /** The name to look up (a Python import's module path, `create-x` for `npm create x`…). */
  lookup: string;
  /** Where the name is, in the scanned text. */
  start: number;
  end: number;
}
