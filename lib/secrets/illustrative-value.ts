import { decodeBase64 } from './base64.ts';

/**
 * Values that fill a credential slot in examples, tutorials, test fixtures and model-written tool
 * calls — `securePass123`, `john1234`, `P@ssw0rd!`, `eXamPl3T0K3n`, `secureAccessToken12345` —
 * rather than a credential someone was issued or generated. Measured on the training split, the
 * generic `password = …` rule fired only on such values; generated secrets essentially never
 * spell these words.
 */
const ILLUSTRATIVE_WORDS =
  /pass|pwd|secure|secret|token|example|sample|dummy|demo|test|fake|placeholder|changeme|default|admin|welcome|letmein|qwe|asdf|zxcv|hello|world|mysql|postgres|access|private|public|login|user|guest|monkey|dragon|iloveyou|sunshine|abc123|1234|4321|1111|0000|2222|9999|123123/;

/** Undo common digit/symbol substitutions so `P@ssw0rd`/`eXamPl3` read as words. */
function unLeet(value: string): string {
  return value
    .toLowerCase()
    .replace(/[@4]/g, 'a')
    .replace(/0/g, 'o')
    .replace(/[1!|]/g, 'i')
    .replace(/3/g, 'e')
    .replace(/[$5]/g, 's')
    .replace(/7/g, 't');
}

/** `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`: a JWT header on its own, copied from a tutorial. */
function isLoneJwtHeader(value: string): boolean {
  if (!value.startsWith('eyJ') || value.includes('.')) return false;
  const decoded = decodeBase64(value, 512) ?? '';
  return /^\{\s*"(?:alg|typ)"/.test(decoded);
}

export function isIllustrativeValue(value: string): boolean {
  const lower = value.toLowerCase();
  if (/^\d{1,12}$/.test(value)) return true;
  // A name or word followed by digits: `john1234`, `admin2024`, `michael1234`.
  if (/^[a-z]{2,12}[._-]?\d{1,6}[!.#*]?$/i.test(value)) return true;
  if (ILLUSTRATIVE_WORDS.test(lower) || ILLUSTRATIVE_WORDS.test(unLeet(value))) return true;
  return isLoneJwtHeader(value);
}
