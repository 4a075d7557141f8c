import { digitsOf, near } from '../context.ts';
import { isValidCpf } from '../national-ids/br-cpf.ts';
import { isValidSin } from '../national-ids/ca-sin.ts';
import { isValidChineseResidentId } from '../national-ids/cn-resident-id.ts';
import { isValidSteuerId } from '../national-ids/de-steuer-id.ts';
import { isValidDniOrNie } from '../national-ids/es-dni.ts';
import { isValidNir } from '../national-ids/fr-nir.ts';
import { isValidNino } from '../national-ids/gb-nino.ts';
import { isValidAadhaar } from '../national-ids/in-aadhaar.ts';
import { isValidCodiceFiscale } from '../national-ids/it-codice-fiscale.ts';
import { isValidBsn } from '../national-ids/nl-bsn.ts';
import { isValidPesel } from '../national-ids/pl-pesel.ts';
import { isValidSsn } from '../national-ids/us-ssn.ts';
import { isValidTfn } from '../national-ids/au-tfn.ts';
import type { KeywordKind } from '../keywords.ts';
import type { Acceptance, MatchContext, PiiAnchor, PiiRule } from '../rule.ts';

/*
 * National identifiers. Ids with a strong structure (a check character over a long code, an
 * embedded birth date) stand alone; ids whose check passes one random string in ten or eleven
 * (Aadhaar, BSN, SIN, TFN, PESEL, Steuer-ID) are only reported next to the words that name them.
 */

const around = (context: MatchContext, match: RegExpExecArray, kind: KeywordKind): boolean =>
  near(context, kind, match.index, match.index + match[0].length, 48, 24);

/** Builds a rule for an id that needs context words and passes a digit check. */
function contextualId(spec: {
  id: string;
  description: string;
  reference: string;
  anchor?: PiiAnchor;
  pattern: RegExp;
  context: KeywordKind;
  valid: (digits: string) => boolean;
  flagged: string[];
  clean: string[];
  prior?: number;
}): PiiRule {
  return {
    id: spec.id,
    family: 'government-id',
    redactAs: 'NATIONAL_ID',
    severity: 'high',
    description: spec.description,
    reference: spec.reference,
    anchor: spec.anchor ?? 'number',
    pattern: spec.pattern,
    accept(match, context): Acceptance | undefined {
      if (!spec.valid(digitsOf(match[0]))) return undefined;
      return around(context, match, spec.context) ? { tier: 'context' } : undefined;
    },
    priors: { context: spec.prior ?? 0.9 },
    checksumTiers: ['context'],
    examples: { flagged: spec.flagged, clean: spec.clean },
  };
}

export const usSsn: PiiRule = {
  id: 'us-ssn',
  family: 'government-id',
  redactAs: 'SSN',
  severity: 'high',
  description:
    'A US Social Security Number: area/group/serial rules (no 000, 666, 9xx areas; no 00 group; no 0000 serial). Dashed form stands alone; other forms need SSN words.',
  reference: 'SSA, "Social Security Number Randomization" (2011); POMS RM 10201.035',
  anchor: 'number',
  pattern: /(?<![0-9A-Za-z_.-])(?:[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9})(?![0-9A-Za-z_]|[ .-][0-9])/y,
  accept(match, context) {
    if (!isValidSsn(digitsOf(match[0]))) return undefined;
    if (around(context, match, 'ssn')) return { tier: 'context' };
    return /^[0-9]{3}-[0-9]{2}-[0-9]{4}$/.test(match[0]) ? { tier: 'formatted' } : undefined;
  },
  priors: { context: 0.95, formatted: 0.75 },
  examples: {
    flagged: ['His social security number is 588-46-6702', 'SSN: 588466702', 'file 588-46-6702 attached'],
    clean: ['call 078-05-1120', 'SSN 666-12-3456', 'ref 588466702', 'ZIP 123-45-6789 is the sample'],
  },
};

export const gbNino: PiiRule = {
  id: 'gb-nino',
  family: 'government-id',
  redactAs: 'NATIONAL_ID',
  severity: 'high',
  description: 'A UK National Insurance number: HMRC prefix rules, six digits, suffix A–D; upper case or named as such.',
  reference: 'HMRC National Insurance Manual NIM39110',
  anchor: 'token',
  pattern: /(?<![0-9A-Za-z_])[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d](?![0-9A-Za-z_])/y,
  accept(match, context) {
    const compact = match[0].replace(/ /g, '');
    const named = around(context, match, 'nino');
    if (!isValidNino(compact.toUpperCase())) return undefined;
    if (named) return { tier: 'context' };
    if (compact !== compact.toUpperCase()) return undefined;
    return { tier: match[0].includes(' ') ? 'spaced' : 'plain' };
  },
  priors: { context: 0.95, spaced: 0.8, plain: 0.6 },
  examples: {
    flagged: ['NI number: AB 12 34 56 C', 'my national insurance no is ab123456c', 'ref JT 48 31 22 B on file'],
    clean: ['part BG123456A', 'code qq123456c', 'DF 12 34 56 A'],
  },
};

export const deSteuerId = contextualId({
  id: 'de-steuer-id',
  description: 'A German tax id (Steuer-ID): 11 digits, one digit repeated, ISO 7064 MOD 11,10 check; needs Steuer-ID words.',
  reference: '§139b Abgabenordnung; BZSt; ISO/IEC 7064',
  pattern: /(?<![0-9A-Za-z_.-])[0-9]{2} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}(?![0-9A-Za-z_]|[ .-][0-9])/y,
  context: 'steuer-id',
  valid: isValidSteuerId,
  flagged: ['Meine Steuer-ID ist 86095742719.', 'Steuerliche Identifikationsnummer: 86 095 742 719'],
  clean: ['Rechnung 86095742719', 'Steuer-ID 86095742718'],
});

export const frNir: PiiRule = {
  id: 'fr-nir',
  family: 'government-id',
  redactAs: 'NATIONAL_ID',
  severity: 'high',
  description: 'A French social security number (NIR): sex, birth year and month, département (2A/2B), commune, order, and the mod-97 key.',
  reference: 'INSEE, "Numéro d’inscription au répertoire" (NIR); décret 82-103',
  anchor: 'number',
  pattern: /(?<![0-9A-Za-z_])[1-478] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[ABab]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}(?![0-9A-Za-z_]| [0-9])/y,
  accept(match, context) {
    if (!isValidNir(match[0].replace(/ /g, ''))) return undefined;
    return { tier: around(context, match, 'nir') ? 'context' : 'checksum' };
  },
  priors: { context: 0.97, checksum: 0.9 },
  checksumTiers: ['context', 'checksum'],
  examples: {
    flagged: ['numéro de sécurité sociale : 2 69 05 49 588 157 80', 'NIR 269054958815780'],
    clean: ['2 69 05 49 588 157 81', 'ticket 369054958815780'],
  },
};

export const inAadhaar = contextualId({
  id: 'in-aadhaar',
  description: 'An Indian Aadhaar number: 12 digits (not starting 0/1) with a Verhoeff check digit; needs Aadhaar words.',
  reference: 'UIDAI, Aadhaar number structure; Verhoeff (1969)',
  pattern: /(?<![0-9A-Za-z_.-])[2-9][0-9]{3}[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9A-Za-z_]|[ .-][0-9])/y,
  context: 'aadhaar',
  valid: isValidAadhaar,
  flagged: ['My Aadhaar number is 2345 6789 0124', 'आधार: 234567890124'],
  clean: ['invoice 2345 6789 0124', 'Aadhaar 2345 6789 0123'],
});

export const esDni: PiiRule = {
  id: 'es-dni',
  family: 'government-id',
  redactAs: 'NATIONAL_ID',
  severity: 'high',
  description: 'A Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter) with a valid check letter.',
  reference: 'Real Decreto 1553/2005; Ministerio del Interior, cálculo de la letra del DNI',
  anchor: 'token',
  pattern: /(?<![0-9A-Za-z_])(?:[XYZxyz][ -]?[0-9]{7}|[0-9]{8})[ -]?[A-Za-z](?![0-9A-Za-z_])/y,
  accept(match, context) {
    const compact = match[0].replace(/[ -]/g, '');
    if (!isValidDniOrNie(compact.toUpperCase())) return undefined;
    if (around(context, match, 'dni')) return { tier: 'context' };
    return compact === compact.toUpperCase() ? { tier: 'checksum' } : undefined;
  },
  priors: { context: 0.97, checksum: 0.9 },
  checksumTiers: ['context', 'checksum'],
  examples: {
    flagged: ['Mi DNI es 12345678Z', 'NIE X-1234567-L', 'titular 12345678-Z'],
    clean: ['12345678A', 'sku 12345678z'],
  },
};

export const itCodiceFiscale: PiiRule = {
  id: 'it-codice-fiscale',
  family: 'government-id',
  redactAs: 'NATIONAL_ID',
  severity: 'high',
  description: 'An Italian codice fiscale: 16 characters encoding name, birth date and place (omocodia letters allowed), with its check letter.',
  reference: 'DM 23 dicembre 1976; Agenzia delle Entrate',
  anchor: 'token',
  pattern: /(?<![0-9A-Za-z_])[A-Za-z]{6}[0-9LMNP-Vlmnp-v]{2}[A-Za-z][0-9LMNP-Vlmnp-v]{2}[A-Za-z][0-9LMNP-Vlmnp-v]{3}[A-Za-z](?![0-9A-Za-z_])/y,
  accept(match) {
    return isValidCodiceFiscale(match[0].toUpperCase()) ? { tier: 'checksum' } : undefined;
  },
  priors: { checksum: 0.95 },
  checksumTiers: ['checksum'],
  examples: {
    flagged: ['Codice fiscale: RSSMRA85T10A562S', 'cf rssmra85t10a562s'],
    clean: ['RSSMRA85T10A562X', 'ABCDEF12G34H567I'],
  },
};

export const brCpf: PiiRule = {
  id: 'br-cpf',
  family: 'government-id',
  redactAs: 'NATIONAL_ID',
  severity: 'high',
  description: 'A Brazilian CPF with both mod-11 check digits: the dotted form (000.000.000-00) stands alone, bare digits need CPF words.',
  reference: 'Receita Federal, Instrução Normativa RFB nº 1548/2015',
  anchor: 'number',
  pattern: /(?<![0-9A-Za-z_.-])[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}(?![0-9A-Za-z_]|[.-][0-9])/y,
  accept(match, context) {
    if (!isValidCpf(digitsOf(match[0]))) return undefined;
    if (around(context, match, 'cpf')) return { tier: 'context' };
    return /^[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}$/.test(match[0]) ? { tier: 'formatted' } : undefined;
  },
  priors: { context: 0.97, formatted: 0.9 },
  checksumTiers: ['context', 'formatted'],
  examples: {
    flagged: ['CPF: 529.982.247-25', 'meu cpf é 52998224725', 'titular 529.982.247-25'],
    clean: ['529.982.247-26', 'pedido 52998224725', '111.111.111-11'],
  },
};

export const caSin = contextualId({
  id: 'ca-sin',
  description: 'A Canadian Social Insurance Number: nine digits, Luhn check; needs SIN words.',
  reference: 'Employment and Social Development Canada, SIN structure',
  pattern: /(?<![0-9A-Za-z_.-])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9A-Za-z_]|[ .-][0-9])/y,
  context: 'sin',
  valid: isValidSin,
  flagged: ['My SIN is 130 692 544', 'social insurance number: 130-692-544'],
  clean: ['SIN 130 692 545', 'sin 130 692 544 mas'],
});

export const nlBsn = contextualId({
  id: 'nl-bsn',
  description: 'A Dutch citizen service number (BSN): nine digits passing the 11-test; needs BSN words.',
  reference: 'Wet algemene bepalingen burgerservicenummer; "elfproef"',
  pattern: /(?<![0-9A-Za-z_.-])(?:[0-9]{9}|[0-9]{4}\.[0-9]{2}\.[0-9]{3})(?![0-9A-Za-z_]|[.-][0-9])/y,
  context: 'bsn',
  valid: isValidBsn,
  flagged: ['Mijn BSN is 111222333', 'burgerservicenummer 1112.22.333'],
  clean: ['BSN 111222334', 'ordernummer 111222333'],
});

export const plPesel = contextualId({
  id: 'pl-pesel',
  description: 'A Polish PESEL: birth date with century-coded month, serial and 1-3-7-9 check digit; needs PESEL.',
  reference: 'Ustawa o ewidencji ludności (PESEL)',
  pattern: /(?<![0-9A-Za-z_.-])[0-9]{11}(?![0-9A-Za-z_]|[.-][0-9])/y,
  context: 'pesel',
  valid: isValidPesel,
  flagged: ['PESEL: 44051401359', 'mój numer pesel to 44051401359'],
  clean: ['PESEL 44051401358', 'nr 44051401359'],
});

export const cnResidentId: PiiRule = {
  id: 'cn-resident-id',
  family: 'government-id',
  redactAs: 'NATIONAL_ID',
  severity: 'high',
  description: 'A Chinese resident identity card number: region code, valid birth date, sequence and ISO 7064 MOD 11-2 check character.',
  reference: 'GB 11643-1999; ISO/IEC 7064',
  anchor: 'number',
  pattern: /(?<![0-9A-Za-z_])[1-8][0-9]{16}[0-9Xx](?![0-9A-Za-z_])/y,
  accept(match, context) {
    if (!isValidChineseResidentId(match[0].toUpperCase())) return undefined;
    return { tier: around(context, match, 'cn-id') ? 'context' : 'checksum' };
  },
  priors: { context: 0.97, checksum: 0.9 },
  checksumTiers: ['context', 'checksum'],
  examples: {
    flagged: ['身份证号11010519491231002X', 'ID 11010519491231002x'],
    clean: ['11010519491231002Y', '110105194913310021'],
  },
};

export const auTfn = contextualId({
  id: 'au-tfn',
  description: 'An Australian Tax File Number: eight or nine digits with the ATO weighted check; needs TFN words.',
  reference: 'Australian Taxation Office, TFN algorithm',
  pattern: /(?<![0-9A-Za-z_.-])[0-9]{3} ?[0-9]{3} ?[0-9]{2,3}(?![0-9A-Za-z_]|[ .-][0-9])/y,
  context: 'tfn',
  valid: isValidTfn,
  flagged: ['TFN: 123 456 782', 'my tax file number is 123456782'],
  clean: ['TFN 123 456 783', 'ticket 123 456 782'],
});

/**
 * Licence and passport numbers have no shared structure: only the label says what they are. From
 * the end of the label: a few words, then a 6–20-character code holding a digit (captured).
 */
export const ID_DOCUMENT_VALUE =
  /[^\n0-9]{0,24}?(?<![0-9A-Za-z])((?=[0-9A-Za-z-]{0,19}[0-9])[0-9A-Za-z][0-9A-Za-z-]{4,18}[0-9A-Za-z])(?![0-9A-Za-z_-])/dy;

export const idDocument: PiiRule = {
  id: 'id-document',
  family: 'government-id',
  redactAs: 'NATIONAL_ID',
  severity: 'high',
  description: 'A driver’s licence or passport number: a 6–20-character code with at least four digits right after the words that name it.',
  reference: 'Presidio US_DRIVER_LICENSE / US_PASSPORT recognisers (context approach); AAMVA DL formats vary by state',
  anchor: { keyword: 'id-document', at: 'end' },
  pattern: ID_DOCUMENT_VALUE,
  accept(match) {
    const value = match[1] ?? '';
    const range = match.indices?.[1];
    if (!range || digitsOf(value).length < 4) return undefined;
    return { tier: 'context', start: range[0], end: range[1] };
  },
  priors: { context: 0.85 },
  examples: {
    flagged: ["My driver's license number is F162823540116", 'passport no. X12345678', 'Reisepass: C01X00T47'],
    clean: ['passport photo 2x2', 'I renewed my passport in 2019', 'driver license renewal'],
  },
};

export const GOVERNMENT_ID_RULES: readonly PiiRule[] = [
  usSsn, cnResidentId, itCodiceFiscale, frNir, brCpf, esDni, gbNino, deSteuerId, inAadhaar, plPesel, nlBsn, caSin, auTfn, idDocument,
];
export const GOVERNMENT_ID_CONTEXT_PATTERNS: readonly RegExp[] = [ID_DOCUMENT_VALUE];
