import type { HarmCode } from '../core/category.ts';

/**
 * Signs that a child is in trouble rather than asking for something harmful: thoughts of
 * self-harm, a disclosure of abuse, and the patterns of grooming (an adult asking for secrecy,
 * pictures or a meeting). A distress signal is not a request to refuse: the Kids UI shows help
 * resources and records an alert for the parent view (helper D reads the rule ids
 * `kids-context/distress-<kind>`).
 *
 * Written as data so it can be read, reviewed and extended without touching the detector. Each
 * pattern is an alternation of bounded phrases (no nested quantifiers), case-insensitive, checked
 * for ReDoS by test/lib/kids/distress-signals.test.ts, and run on every view of the normalized
 * text (canonical, leetspeak, skeleton…) so "k1ll mys3lf" or homoglyphs do not slip through.
 * Patterns are first person on purpose: a story in which a character is sad is not a child in
 * distress.
 */
export type DistressKind = 'self-harm' | 'abuse' | 'grooming';

export interface DistressSignal {
  /** The rule id without the detector prefix: `distress-<kind>`. */
  id: `distress-${DistressKind}`;
  kind: DistressKind;
  /** The MLCommons hazard the finding carries. */
  harm: HarmCode;
  description: string;
  /** Any one matching is the signal (languages: en, de, fr, es). */
  patterns: readonly RegExp[];
}

/** Gap of up to five words between two parts of a phrase ("my dad [really always] hits me"). */
const FEW_WORDS = String.raw`(?:\s+\S+){0,5}?\s+`;

/** People close to a child, in the four languages (possessive + relation). */
const CLOSE_PERSON = String.raw`(?:my|mein(?:e|er)?|mon|ma|mes|mi|mis)\s+(?:(?:step|grand)?(?:dad|daddy|father|mom|mommy|mum|mummy|mother|parents?)|(?:mom'?s|mum'?s)\s+boyfriend|uncle|aunt|brother|sister|cousin|babysitter|coach|teacher|neighbou?r|vater|papa|mutter|mama|stiefvater|onkel|tante|bruder|trainer|lehrer(?:in)?|p[eè]re|m[eè]re|beau-p[eè]re|oncle|fr[eè]re|entra[iî]neur|prof|pap[aá]|mam[aá]|padrastro|t[ií]o|hermano|entrenador|maestro)`;

const en = (source: string): RegExp => new RegExp(source, 'iu');

export const DISTRESS_SIGNALS: readonly DistressSignal[] = [
  {
    id: 'distress-self-harm',
    kind: 'self-harm',
    harm: 'S11',
    description: 'The child says they want to die, to hurt themselves, or that they already do.',
    patterns: [
      en(String.raw`\bi(?:'m|\s+am|m)?\s+(?:want|wanna|going|gonna|wish|need)\s+(?:to\s+)?(?:die|be\s+dead|kill\s+my\s*self|end\s+(?:it|my\s+life)|disappear|stop\s+existing|not\s+exist)\b`),
      en(String.raw`\b(?:kms|kys\s+myself|kill(?:ing)?\s+my\s*self|end(?:ing)?\s+my\s+life|suicid(?:e|al))\b`),
      en(String.raw`\bi\s+(?:do\s*n[o']?t|dont|no\s+longer)\s+want\s+to\s+(?:be\s+alive|live|wake\s+up|be\s+here)`),
      en(String.raw`\bi\s+(?:wish|wished)\s+i\s+(?:was|were|had)\s+(?:never\s+(?:been\s+)?born|dead|gone)\b`),
      en(String.raw`\b(?:no\s+point\s+(?:in\s+)?(?:living|being\s+alive)|think(?:ing)?\s+about\s+(?:ending\s+it|dying|jumping\s+off))`),
      en(String.raw`\b(?:i|i've|ive|i\s+have)\s+(?:cut|hurt|burn(?:ed|t)?|scratch(?:ed)?|been\s+(?:cutting|hurting|scratching))\s+my\s*(?:self|arms?|legs?|wrists?)\b`),
      en(String.raw`\b(?:i\s+)?(?:cut|hurt)\s+my\s*self\s+(?:again|last\s+night|today|every)`),
      en(String.raw`\b(?:scratching|cutting)\s+my\s+(?:arms?|legs?|wrists?)`),
      en(String.raw`\b(?:everyone|everybody|they)\s+(?:would|will)\s+be\s+(?:happier|better(?:\s+off)?)\s+(?:if\s+i\s+(?:was|were|wasn't|am)\s+(?:gone|dead|not\s+here)|without\s+me)`),
      en(String.raw`\b(?:nobody|no\s+one|noone)\s+would\s+(?:care|notice|miss\s+me)\s+if\s+i\s+(?:disappeared|died|was\s+gone)`),
      en(String.raw`\bi\s+hate\s+my\s*self\s+so\s+much`),
      en(String.raw`\bmy\s+life\s+is\s+(?:worthless|pointless)`),
      // de
      en(String.raw`\bich\s+(?:will|möchte|moechte|wollte)\s+(?:nicht\s+mehr\s+leben|sterben|tot\s+sein|mich\s+umbringen)`),
      en(String.raw`\bich\s+(?:hab|habe)\s+mich\s+(?:wieder\s+)?(?:geritzt|verletzt|geschnitten)`),
      en(String.raw`\b(?:mich\s+(?:umbringen|ritzen)|mir\s+(?:was|etwas)\s+antun|selbstmord)\b`),
      // fr
      en(String.raw`\bj[e']\s*(?:veux|voudrais|ai\s+envie\s+de)\s+(?:mourir|me\s+tuer|me\s+suicider|dispara[iî]tre|me\s+faire\s+du\s+mal)`),
      en(String.raw`\bje\s+(?:ne\s+)?veux\s+plus\s+vivre`),
      en(String.raw`\b(?:je\s+me\s+(?:scarifie|coupe|mutile)|me\s+suicider)`),
      // es
      en(String.raw`\bquiero\s+(?:morir(?:me)?|matarme|desaparecer|hacerme\s+da[ñn]o)`),
      en(String.raw`\b(?:ya\s+)?no\s+quiero\s+(?:vivir|seguir\s+viviendo)`),
      en(String.raw`\bme\s+corto\s+(?:los\s+brazos|las\s+piernas|las\s+mu[ñn]ecas)`),
    ],
  },
  {
    id: 'distress-abuse',
    kind: 'abuse',
    harm: 'S1',
    description: 'The child discloses being hit, hurt, touched, locked up or neglected by someone close.',
    patterns: [
      en(String.raw`\b${CLOSE_PERSON}${FEW_WORDS}(?:hits|hit|beats|beat|hurts|slaps|kicks|punches|choked|chokes|burns|locks|locked|touches|touched|grabs)\s+me\b`),
      en(String.raw`\b${CLOSE_PERSON}${FEW_WORDS}(?:touch(?:es|ed)?|made\s+me\s+do)\b`),
      en(String.raw`\b(?:touch(?:es|ed)?\s+(?:me\s+)?(?:in\s+places|my\s+private)|my\s+private\s+parts|made\s+me\s+do\s+things\s+i\s+(?:did\s*n'?t|didnt)\s+want)`),
      en(String.raw`\b(?:scared|afraid)\s+to\s+go\s+home\b`),
      en(String.raw`\b(?:hits?|hit|beats?|beat)\s+me\s+with\s+a\s+(?:belt|stick|shoe|cable|spoon)`),
      en(String.raw`\b(?:i\s+got|i\s+get|i\s+was|i'm|im)\s+(?:hit|beaten|slapped|kicked)\s+(?:again\s+)?by\s+${CLOSE_PERSON}`),
      en(String.raw`\bi\s+(?:have|got)\s+bruises\b`),
      en(String.raw`\b(?:no|isn'?t\s+any)\s+food\s+at\s+home\b`),
      en(String.raw`\blocks\s+me\s+in\s+my\s+room\b`),
      // de
      en(String.raw`\b${CLOSE_PERSON}${FEW_WORDS}(?:schlägt|schlaegt|haut|tritt|verletzt)\s+mich\b`),
      en(String.raw`\b${CLOSE_PERSON}${FEW_WORDS}(?:fasst|fässt)\s+mich\s+an\b`),
      // fr
      en(String.raw`\b${CLOSE_PERSON}\s+(?:me\s+(?:frappe|bat|tape|touche|fait\s+mal)|m'a\s+(?:frapp[ée]|touch[ée]))`),
      // es
      en(String.raw`\b${CLOSE_PERSON}\s+me\s+(?:pega|golpea|toca|lastima|hace\s+da[ñn]o)\b`),
    ],
  },
  {
    id: 'distress-grooming',
    kind: 'grooming',
    harm: 'S4',
    description:
      'Signs of grooming: someone met online or an adult asks the child for secrecy, pictures, a meeting or a private call, or threatens to share pictures.',
    patterns: [
      // Secrecy asked by someone: "told me not to tell my mom", "keep our chats a secret".
      en(String.raw`\b(?:keep|keeping)\s+(?:it|this|our\s+(?:chats?|messages|talks?|thing|relationship))\s+(?:a\s+|our\s+)?secret\b`),
      en(String.raw`\b(?:told|tells|asked|says|said)\s+me\s+(?:not\s+to|to\s+not|i\s+(?:should\s*n'?t|shouldnt|must\s*n'?t))\s+tell\b`),
      en(String.raw`\b(?:shouldn'?t|should\s+not|not\s+to|don'?t|dont)\s+tell\s+(?:my|your|anyone|any\s*one|anybody)${FEW_WORDS}(?:about\s+(?:our|us|the)|chats?|messages)`),
      en(String.raw`\bit'?s\s+our\s+(?:little\s+)?secret\b`),
      en(String.raw`\bdelete\s+(?:our|the|my)\s+(?:messages|chats?|pictures|photos)\s+so\s+(?:nobody|no\s+one|my\s+(?:mom|mum|parents|dad))`),
      // Pictures asked for by someone online.
      en(String.raw`\b(?:wants?|asked|asks|asking|told|tells)\s+me\s+to\s+(?:send|take)\s+(?:(?:him|her|them)\s+)?(?:a\s+)?(?:pictures?|pics?|photos?|selfies?|nudes|videos?)`),
      en(String.raw`\b(?:send|sent)\s+(?:him|her|them)\s+(?:more\s+)?(?:pictures?|pics?|photos?|nudes)`),
      en(String.raw`\bif\s+i\s+(?:send|sent|don'?t\s+send)\s+(?:(?:him|her|them)\s+)?(?:more\s+)?(?:pictures?|pics?|photos?)`),
      en(String.raw`\b(?:photo|picture|pic)s?\s+of\s+(?:me\s+in\s+my\s+(?:underwear|pajamas|bathing\s+suit)|my\s+body)`),
      en(String.raw`\b(?:take|taking)\s+my\s+(?:shirt|top|clothes|pants)\s+off\b`),
      en(String.raw`\bshow\s+everyone\s+the\s+(?:ones|pictures|pics|photos)\b`),
      // Meetings and age gaps.
      en(String.raw`\b(?:online|internet|discord|roblox|fortnite|tiktok|snapchat|instagram|minecraft)\s+(?:friend|boyfriend|girlfriend)${FEW_WORDS}(?:is\s+(?:[2-9]\d|1[89])\b|wants\s+to\s+meet)`),
      en(String.raw`\b(?:wants|asked)\s+to\s+meet\s+me${FEW_WORDS}(?:alone|secretly|without)`),
      en(String.raw`\bmature\s+for\s+(?:my|your)\s+age\b`),
      en(String.raw`\b(?:video\s+call|facetime|call)\s+when\s+my\s+(?:parents|mom|mum|dad)\s+(?:are|is)\s+(?:asleep|sleeping|away|out)`),
      en(String.raw`\b(?:robux|v-?bucks|gift\s*cards?|money|skins)\s+if\s+i\s+(?:send|show)`),
      // de
      en(String.raw`\b(?:fotos?|bilder)\s+(?:von\s+mir\s+)?schicke${FEW_WORDS}(?:keinem|niemandem|geheim)`),
      en(String.raw`\b(?:soll|darf)\s+(?:es\s+)?(?:keinem|niemandem)\s+(?:sagen|erzählen|erzaehlen)`),
      // fr
      en(String.raw`\b(?:de\s+)?ne\s+rien\s+dire\s+[aà]\s+mes\s+parents`),
      en(String.raw`\bc'est\s+(?:un|notre)\s+secret\b`),
      // es
      en(String.raw`\b(?:que\s+)?(?:sea|es)\s+nuestro\s+secreto\b`),
      en(String.raw`\bque\s+no\s+(?:le\s+)?(?:diga|cuente)\s+a\s+(?:nadie|mis\s+pap[aá]s)`),
      en(String.raw`\bquiere\s+que\s+le\s+(?:mande|env[ií]e)\s+fotos`),
    ],
  },
];
