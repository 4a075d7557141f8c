import { AnchorIndex } from '../gate/anchor-index.ts';
import { foldCase } from '../gate/fold-case.ts';

/**
 * Context words, found in one pass. Rules ask "is there a card word near this number?" many
 * times per text; answering from a list of keyword hits is much cheaper than running a context
 * regex per candidate, and the keyword pass itself only reads the text near digits (every rule
 * that needs context words also needs a digit nearby).
 *
 * One Aho-Corasick walk over the lower-cased text (the gate's AnchorIndex, gate/anchor-index.ts),
 * read the way a flat alternation regex of the keywords, longest first, reads it: the longest
 * keyword at the leftmost position, then on from its end. The regex did exactly that, at 30–41 µs
 * for a whole 2,000-character prompt against 16–24 µs for the walk (measured side by side).
 */
export type KeywordKind =
  | 'phone'
  | 'phone-after'
  | 'not-phone'
  | 'card'
  | 'not-card'
  | 'ssn'
  | 'nino'
  | 'steuer-id'
  | 'nir'
  | 'aadhaar'
  | 'dni'
  | 'cpf'
  | 'sin'
  | 'bsn'
  | 'pesel'
  | 'tfn'
  | 'cn-id'
  | 'version'
  | 'birth'
  | 'address'
  | 'address-phrase'
  | 'address-verb'
  | 'address-is'
  | 'military'
  | 'po-box'
  | 'id-document';

interface KeywordSpec {
  kind: KeywordKind;
  words: readonly string[];
  /** Also matches as the start of a longer word ("telefon" in "Telefonnummer"). */
  prefix?: boolean;
  /** Must appear in this exact case in the text ("SIN", not the Spanish "sin"). */
  exactCase?: boolean;
}

const SPECS: readonly KeywordSpec[] = [
  {
    kind: 'phone',
    words: [
      'phone', 'tel', 'tel.', 'telephone', 'téléphone', 'tél', 'tél.', 'mobile', 'mobil', 'cell', 'cellphone', 'fax', 'whatsapp',
      'whats app', 'sms', 'hotline', 'call', 'call me', 'call us', 'text me', 'text us', 'reach me', 'reach us', 'dial', 'my number',
      'number is', 'messages to', 'contact number', 'handy', 'rufnummer', 'portable', 'teléfono', 'telefono', 'móvil', 'movil',
      'celular', 'cellulare', 'telefone', 'telemóvel', 'telemovel', 'telefoon', 'mobiel', 'numer telefonu', 'desk:', 'office:',
      'home:', 'work:', 'direct:', 'main:', 'телефон', 'тел', 'тел.',
    ],
  },
  { kind: 'phone', words: ['telefon'], prefix: true },
  // Labels written after the number in address blocks: "930.167.3943 fax", "+447700677662 mobile".
  { kind: 'phone-after', words: ['fax', 'mobile', 'mobil', 'cell', 'office', 'home', 'work', 'desk', 'direct', 'landline', 'phone', 'tel', 'handy'] },
  { kind: 'phone', words: ['電話', '电话', '手机', '手機'] },
  {
    kind: 'not-phone',
    words: [
      'order', 'invoice', 'tracking', 'ticket', 'account', 'acct', 'ref', 'reference', 'serial', 'isbn', 'issn', 'sku', 'case',
      'transaction', 'confirmation', 'customer', 'member', 'policy', 'patent', 'doi', 'pmid', 'id', 'no.', 'version', 'build', 'card',
      'iban', 'ssn', 'zip', 'postal', 'postcode', 'plz',
    ],
  },
  {
    kind: 'card',
    words: [
      'card', 'cc', 'ccn', 'credit', 'debit', 'visa', 'mastercard', 'master card', 'amex', 'american express', 'discover', 'maestro',
      'jcb', 'diners', 'unionpay', 'union pay', 'pan', 'cvv', 'cvc', 'karte', 'kreditkarte', 'carte', 'tarjeta', 'carta', 'cartão',
      'cartao', 'kaart', 'payment', 'charge',
    ],
  },
  { kind: 'card', words: ['expir', 'карт'], prefix: true },
  { kind: 'card', words: ['卡号', '信用卡'] },
  {
    kind: 'not-card',
    words: [
      'token', 'key', 'secret', 'id', 'serial', 'order', 'tracking', 'invoice', 'account', 'ref', 'reference', 'imei', 'isbn', 'sku',
      'ticket', 'booking', 'confirmation',
    ],
  },
  { kind: 'ssn', words: ['ssn', 'ss#', 'ss no', 'social security', 'soc sec', 'soc. sec', 'taxpayer id', 'tax payer id', 'itin'] },
  { kind: 'nino', words: ['national insurance', 'nino', 'ni number', 'ni no', 'n.i. number', 'n.i. no'] },
  {
    kind: 'steuer-id',
    words: [
      'steuer-id', 'steuerid', 'steuer id', 'steuerliche identifikationsnummer', 'steueridentifikationsnummer',
      'steuer-identifikationsnummer', 'identifikationsnummer', 'idnr', 'st-idnr', 'tax id', 'tax identification', 'tin',
    ],
  },
  {
    kind: 'nir',
    words: ['sécurité sociale', 'securite sociale', 'sécu', 'secu', 'nir', 'insee', 'carte vitale', 'social security', "numéro d'assur", "numero d'assur"],
  },
  { kind: 'aadhaar', words: ['aadhaar', 'aadhar', 'uidai', 'uid'] },
  { kind: 'aadhaar', words: ['आधार', 'ஆதார்', 'আধার', 'ఆధార్'] },
  {
    kind: 'dni',
    words: [
      'dni', 'd.n.i', 'nie', 'nif', 'documento nacional', 'número de identidad', 'numero de identidad', 'número de identificación',
      'numero de identificacion', 'identidad', 'extranjero',
    ],
  },
  { kind: 'cpf', words: ['cpf', 'cadastro de pessoas'] },
  { kind: 'sin', words: ['SIN', 'S.I.N.', 'NAS'], exactCase: true },
  { kind: 'sin', words: ['social insurance', 'assurance sociale'] },
  { kind: 'bsn', words: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'citizen service number'] },
  { kind: 'pesel', words: ['pesel'] },
  { kind: 'tfn', words: ['tfn', 'tax file number', 'tax file no'] },
  { kind: 'cn-id', words: ['resident id', 'identity card', 'id card'] },
  { kind: 'cn-id', words: ['身份证', '身份證', '居民身份'] },
  { kind: 'version', words: ['v', 'v.', 'ver', 'ver.', 'version', 'release', 'build', 'firmware', 'update', 'oid'] },
  {
    kind: 'birth',
    words: [
      'born', 'born on', 'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'b-day', 'geboren',
      'geboren am', 'geboren op', 'geb.', 'geburtsdatum', 'geburtstag', 'né le', 'née le', 'date de naissance',
      'fecha de nacimiento', 'nacido', 'nacida', 'nacido el', 'nacida el', 'data di nascita', 'nato il', 'nata il',
      'data de nascimento', 'nascido', 'nascida', 'nascido em', 'nascida em', 'geboortedatum', 'data urodzenia', 'urodzony',
      'urodzona', 'дата рождения', 'родился', 'родилась',
    ],
  },
  { kind: 'birth', words: ['出生日期', '出生于', '生年月日', '生日'] },
  {
    kind: 'address',
    words: [
      'address', 'addresses', 'adresse', 'anschrift', 'dirección', 'direccion', 'domicilio', 'indirizzo', 'endereço', 'endereco',
      'morada', 'adres', 'адрес',
    ],
  },
  // Phrases the address follows at once ("lives at 12 Elm Road"); the nouns above may name it later in the sentence.
  {
    kind: 'address-phrase',
    words: [
      'lives at', 'lives on', 'lives in', 'live at', 'live on', 'living at', 'living on', 'located at', 'located on', 'located in',
      'corner of', 'arrived at', 'drops you off at', 'drop you off at', 'drops me off at', 'moved to', 'enter on', 'meet me at',
      'meet you at', 'meet us at', 'meet at', 'wohne in', 'wohnt in', 'wohnhaft in', 'wohne an', 'wohnt an', 'wohnhaft an',
      'wohnhaft',
    ],
  },
  { kind: 'address', words: ['地址', '住所'] },
  {
    kind: 'address-verb',
    words: ['send', 'sent', 'ship', 'shipped', 'deliver', 'delivered', 'mail', 'mailed', 'forward', 'return', 'post', 'taxi', 'cab', 'ride'],
  },
  { kind: 'address-is', words: ['is at', 'is on', 'is in', 'is located at', 'is located on', 'is located in'] },
  { kind: 'military', words: ['psc', 'cmr', 'unit', 'uss', 'usns', 'usnv', 'uscgc', 'apo', 'fpo', 'dpo'] },
  {
    kind: 'po-box',
    words: [
      'p.o. box', 'p.o.box', 'p. o. box', 'po box', 'pobox', 'p o box', 'post office box', 'postal office box', 'postfach',
      'apartado', 'case postale', 'boîte postale', 'boite postale', 'casella postale', 'caixa postal', 'postbus',
    ],
  },
  {
    kind: 'id-document',
    words: [
      "driver's license", 'drivers license', 'driver license', "driver's licence", 'drivers licence', 'driver licence',
      'driving license', 'driving licence', 'license number', 'licence number', 'license no', 'licence no', 'license #',
      'licence #', 'dl number', 'dl no', 'dl #', 'passport', 'reisepass', 'passeport', 'pasaporte', 'passaporto', 'passaporte',
      'führerschein', 'fuhrerschein', 'permis de conduire', 'carnet de conducir', 'patente di guida',
    ],
  },
];

export interface KeywordHit {
  kind: KeywordKind;
  start: number;
  end: number;
}

interface Entry {
  kinds: KeywordKind[];
  prefix: boolean;
  exact?: string;
}

const ENTRIES = new Map<string, Entry>();
for (const spec of SPECS) {
  for (const word of spec.words) {
    const key = word.toLowerCase();
    const entry = ENTRIES.get(key) ?? { kinds: [], prefix: false };
    if (!entry.kinds.includes(spec.kind)) entry.kinds.push(spec.kind);
    entry.prefix ||= spec.prefix === true;
    if (spec.exactCase) entry.exact = word;
    ENTRIES.set(key, entry);
  }
}

/** Every keyword, lower-case; an index into it is an anchor id of the keyword index. */
export const KEYWORDS: readonly string[] = [...ENTRIES.keys()];

let keywordIndex: AnchorIndex | undefined;

/**
 * The keywords in `lower` (lower-cased with foldCase), read as a global alternation regex of them,
 * longest first, reads a text: the longest keyword at the leftmost position, then on from its end
 * (keywords that begin inside it are not read). `keyword` indexes KEYWORDS.
 */
export function keywordMatches(lower: string): Array<{ keyword: number; start: number; end: number }> {
  keywordIndex ??= new AnchorIndex(KEYWORDS);
  const found = keywordIndex.find(lower).sort((a, b) => a.start - b.start || b.end - a.end);
  const matches: Array<{ keyword: number; start: number; end: number }> = [];
  let readFrom = 0;
  for (const hit of found) {
    if (hit.start < readFrom) continue;
    readFrom = hit.end;
    matches.push({ keyword: hit.anchor, start: hit.start, end: hit.end });
  }
  return matches;
}

const LETTER = /\p{L}|\p{N}/u;
const isWordChar = (char: string | undefined): boolean => {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  // "_" is a boundary: snake_case keys (access_token, phone_number) name their values.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(char);
};
/** Kana, CJK, Hangul and Indic scripts: no word boundary to require around their keywords. */
const noSpaces = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x0900 && code <= 0x0dff);
};

/**
 * Keyword hits inside `windows` (half-open ranges of `text`, sorted, non-overlapping), in text
 * order. Word boundaries are required on both sides unless the keyword is a prefix keyword or
 * written in a script without spaces.
 */
export function findKeywords(text: string, windows: ReadonlyArray<readonly [number, number]>): KeywordHit[] {
  const hits: KeywordHit[] = [];
  for (const [from, to] of windows) {
    const slice = text.slice(from, to);
    // foldCase keeps offsets where toLowerCase would not (İ → i̇), so one such letter does not
    // leave the window's capitalised keywords ("Phone:") unread.
    const source = foldCase(slice);
    for (const match of keywordMatches(source)) {
      const word = KEYWORDS[match.keyword]!;
      const entry = ENTRIES.get(word)!;
      const start = from + match.start;
      const end = start + word.length;
      if (entry.exact !== undefined && text.slice(start, end) !== entry.exact) continue;
      if (!noSpaces(word[0]!)) {
        // A keyword ending in punctuation ("tel.", "desk:") carries its own right boundary.
        const rightOk = entry.prefix || !isWordChar(text[end]) || !isWordChar(word[word.length - 1]);
        if (isWordChar(text[start - 1]) || !rightOk) continue;
      }
      for (const kind of entry.kinds) hits.push({ kind, start, end });
    }
  }
  return hits;
}
