/**
 * The models table: each bundled model's id, version, role and state, from the background's
 * untrusted popup:models answer (the same one the popup summarises in one line).
 */
export interface ModelRow {
  id: string;
  version: string;
  role: 'active' | 'shadow';
  state: string;
  reason?: string;
}

export function readModelRows(value: unknown): ModelRow[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null && typeof row.id === 'string' && typeof row.state === 'string')
    .map((row) => ({
      id: row.id as string,
      version: typeof row.version === 'string' ? row.version : '',
      role: row.role === 'shadow' ? 'shadow' : 'active',
      state: row.state as string,
      ...(typeof row.reason === 'string' ? { reason: row.reason } : {}),
    }));
}
