import type { HarmCode } from '../../core/category.ts';

/**
 * What makes a child's message a request for real-world harm rather than a story or a school
 * question: an *asking-to-act* phrase ("how do I", "how to", "I want to", "help me") in the same
 * clause as a harm term, and, for harm to people, a real target ("someone", "my brother", "the
 * new kid") or a real-world setting ("at school", "tomorrow"). "How do vaccines kill germs" has a
 * harm verb but asks how something works; "write a story where the knight kills the dragon" has
 * one but no asking-to-act phrase aimed at the child's own world — neither matches.
 *
 * Data only; the detector (lib/detectors/kids-context.ts) combines them clause by clause. Every
 * pattern is a flat alternation of bounded words (ReDoS-checked in the tests), case-insensitive,
 * in English plus the core phrases in German, French and Spanish.
 */
const words = (source: string): RegExp => new RegExp(source, 'iu');

/** Asking to do something oneself (or asking the assistant to teach it). */
export const ACTING_INTENT = words(
  String.raw`\b(?:how\s+(?:do|can|could|should|would|will|2|to)\s+(?:i|we|u|you|me|my)\b|how\s+(?:to|2)\b|hw\s+(?:do\s+i|to|2)\b|help\s+me\b|teach\s+me\b|tell\s+me\s+(?:how|what|where|exactly)|show\s+me\s+how|i(?:'m|\s+am|m)?\s+(?:want|wanna|need|going|gonna|will|plan|trying)\s+to\b|i(?:'m|m|\s+am)\s+(?:going|gonna)\b|i\s+wanna\b|(?:best|easiest|fastest|quickest|only)\s+way\s+to\b|what\s+can\s+i\b|where\s+(?:can|do|should)\s+(?:i|u|you|kids|a\s+kid)\b|can\s+i\b|ways?\s+to\b|what\s+(?:pills|stuff|things?)\s+(?:can|should|do)\s+i|how\s+(?:many|much|long)\s+(?:\S+\s+){0,6}?(?:do\s+i|should\s+i|would|to|till|until|for)\b|wie\s+(?:kann|mache|baue|bringe|komme|schaue|haue)\s+ich\b|comment\s+(?:je\s+(?:peux|fais)|faire|fabriquer|empoisonner|acheter|envoyer|fuguer|me)\b|c[oó]mo\s+(?:puedo|hago|me|mando|compro)\b|d[oó]nde\s+compro\b)`,
);

/** Harm done to a person or an animal. */
export const HARM_TO_OTHERS = words(
  String.raw`\b(?:hurt|hurts|hurting|hurrt|h\s*u\s*r\s*t|kill|kil|killing|allergic|poison|stab|choke|strangle|smother|drown|beat\s+up|beat\s+(?:him|her|them)|punch|break\s+(?:someones?|his|her|their|my\s+\w+'?s?)\s+(?:arm|leg|nose|neck)|burn|push\s+(?:\w+\s+){0,3}?(?:down|off)|trip|bleed|knock\s+(?:\w+\s+)?out|stop\s+breathing|(?:make|get)\s+(?:\w+\s+){0,3}?(?:sick|faint|bleed|cry)|revenge|hit|shock|pillow\s+on|hate\s+(?:herself|himself)|kill\s+herself|kill\s+himself|verletzen|nicht\s+mehr\s+zu\s+atmen|faire\s+du\s+mal|empoisonner|lastimar|deje\s+de\s+respirar)\b`,
);

/** A real person or animal to be harmed, or a real-world setting. */
export const REAL_TARGET = words(
  String.raw`\b(?:some\s*one|some\s*body|sum1|sb|any\s*one|every\s*one|people|a\s+kid|kids|the\s+(?:kids?|boy|girl|new\s+kid|teacher|bully|fat\s+kid)|(?:my|ma|his|her)\s+(?:(?:step|little|big|baby)\s*)?(?:(?:brother|sister|bro|sis|mom|mum|dad|mother|father|stepdad|stepmom|teacher|classmate|friend|cousin|neighbou?r|cat|dog|hamster|grandma|grandpa|parents?|coach))|him|her|them|a\s+classmate|the\s+kid|my\s+class|in\s+my\s+class|(?:at|in|to)\s+(?:school|skool|class|recess|the\s+playground|the\s+bus|home|the\s+pool|a\s+sleepover)|tomorrow|without\s+(?:the\s+teacher|anyone|them|getting\s+caught)|jemanden|meinen\s+bruder|meine\s+schwester|quelqu'un|mon\s+fr[eè]re|ma\s+s[oœ]eur|alguien|mi\s+herman[oa]|(?:der|la)\s+(?:schule|escuela)|[aà]\s+l'[ée]cole|so\s+(?:they|he|she)\s+(?:dont|don't|can't|cant))\b`,
);

export interface HarmRequestRule {
  /** The rule id without the detector prefix. */
  id: string;
  harm: HarmCode;
  description: string;
  /** What is asked for (matched in the same clause as ACTING_INTENT). */
  pattern: RegExp;
}

/**
 * Requests that are harmful whoever the target is: the thing asked for is dangerous for a child in
 * itself (a weapon, a drug, a challenge that kills, instructions to self-harm, sexual content,
 * meeting a stranger in secret).
 */
export const HARM_REQUEST_RULES: readonly HarmRequestRule[] = [
  {
    id: 'weapons',
    harm: 'S9',
    description: 'Asks how to make, get or bring a weapon or explosive.',
    pattern: words(
      String.raw`\b(?:bomb|bom|pipe\s*bomb|molotov|explosive|explosives|flamethrower|taser|poison\s+gas|smoke\s+bomb|gun|guns|pistol|rifle|knife|knives|weapon|bombe|bomba|waffe|slingshot\s+strong)\b`,
    ),
  },
  {
    id: 'drugs',
    harm: 'S2',
    description: 'Asks how to get, use or hide drugs, alcohol, vapes or cigarettes.',
    pattern: words(
      String.raw`\b(?:get\s+(?:hi|high|drunk|stoned|wasted)|high\s+(?:lean|on)|weed|vapes?|vaping|edibles|drunk|alcohol|beer|vodka|xanax|lean|cough\s+syrup|cigarettes?|smoke\s+without|to\s+smoke|sniff|drugs?|pills?\s+(?:to|can)|feel\s+funny|gras|drogue|droga|porros?)\b`,
    ),
  },
  {
    id: 'dangerous-challenge',
    harm: 'S11',
    description: 'Asks how to do a challenge that can kill or injure (blackout, choking game, tide pods, fire…).',
    pattern: words(
      String.raw`\b(?:blackout\s+challenge|choking\s+game|choke\s+myself|pass\s*out\s+challenge|tide\s*pods?|fire\s+challenge|skull\s*breaker|benadryl|hold\s+my\s+breath\s+(?:until|till)|cinnamon\s+challenge|salt\s+and\s+ice|knife\s+game|penny\s+in\s+the\s+outlet|outlet\s+challenge|milk\s+crate|train\s+roof|jump\s+off\s+the\s+roof|lie\s+on\s+the\s+road|jeu\s+du\s+foulard|reto\s+del\s+desmayo)\b`,
    ),
  },
  {
    id: 'self-harm-instructions',
    harm: 'S11',
    description: 'Asks how to hurt or kill oneself, overdose, or starve/purge.',
    pattern: words(
      String.raw`\b(?:cut\s+my\s*self|hurt\s+my\s*self|kill\s+my\s*self|kil\s+my\s*self|hang\s+my\s*self|starve\s+my\s*self|make\s+my\s*self\s+throw\s+up|overdose|to\s+die|would\s+kill\s+me|painless\s+way|stop\s+eating|mich\s+ritzen|me\s+faire\s+du\s+mal|me\s+puedo\s+cortar|cortarme)\b`,
    ),
  },
  {
    id: 'sexual',
    harm: 'S12',
    description: 'Asks for sexual content, nudes or pornography.',
    pattern: words(
      String.raw`\b(?:sex|sexy|sexual|sext|naked|nude|nudes|nue|desnuda|porn|porno|pornos|undress|undressing|dirty\s+about|in\s+bed\s+in\s+detail|pics\s+of\s+her\s+body|pics\s+of\s+his\s+body)\b`,
    ),
  },
  {
    id: 'stranger-meeting',
    harm: 'S4',
    description: 'Asks how to run away with, sneak out to or secretly meet someone met online or a stranger.',
    pattern: words(
      String.raw`\b(?:run\s+away|sneak\s+out|leave\s+without|get\s+to\s+the\s+city\s+alone|live\s+with\s+(?:him|my\s+internet|my\s+online)|stranger'?s?\s+house|pick\s+me\s+up|on\s+a\s+bus\s+alone|delete\s+my\s+messages|pack\s+without|running\s+away|haue\s+ich\s+von\s+zuhause\s+ab|fuguer|me\s+escapo)\b`,
    ),
  },
  {
    id: 'crime',
    harm: 'S2',
    description: 'Asks how to steal, break in, hack, start a fire or bully someone into harm.',
    pattern: words(
      String.raw`\b(?:steal|shoplift|break\s+into|hack\s+into|set\s+(?:the\s+)?\w+\s+on\s+fire|start\s+a\s+fire|cyberbully|make\s+(?:her|him|them)\s+kill|mean\s+messages|spread\s+a\s+rumou?r)\b`,
    ),
  },
];

/** Role-play or story wrappers that do not make a harmful request safe ("pretend you are my big brother and tell me how…"). */
export const INSTRUCTION_IN_FICTION = words(
  String.raw`\b(?:step\s+by\s+step|explains?\s+(?:step|exactly|how)|tells?\s+exactly|teaches\s+(?:his|her|a|the)\s+\w+\s+how|pretend\s+you\s+are|let'?s\s+play\s+a\s+game\s+where\s+you|and\s+(?:she|he)\s+does)\b`,
);
