/**
 * The framings that make harm vocabulary ordinary in a child's message: a story, a game or a
 * school question. The content-safety model reads "dragon", "battle" or "why did WW2 start" as
 * violence; in the `kids` profile the detector reports the framing so the policy can let the
 * model's score alone stand down (lib/policy/profiles.ts, condition `kids-fiction-or-school`).
 * A framing is only reported when no harmful request or distress signal was found in the text.
 *
 * Case-insensitive, flat alternations (ReDoS-checked in the tests); English plus core words in
 * German, French and Spanish.
 */
const words = (source: string): RegExp => new RegExp(source, 'iu');

/** Stories, poems, games and made-up worlds. */
export const FICTION = words(
  String.raw`\b(?:story|stories|storie|storry|tale|fairy\s*tale|poem|poems|comic|fable|myth|once\s+upon\s+a\s+time|chapter|continue|character|characters|villain|hero|heroes|dragon|dragons|dragun|knight|knights|nite|wizard|witch|sorcerer|monster|monsters|monsterr|ghost|vampire|zombie|troll|goblins?|orcs?|elves|giant|ninja|pirate|pirates|superhero|spiderman|batman|detective|robots?|aliens?|princess|kingdom|castle|fantasy|make\s+up|pretend\s+play|rap\s+battle|in\s+my\s+(?:game|book|story)|minecraft|fortnite|roblox|pok[eé]mon|mario|zelda|harry\s+potter|lego|geschichte|gruselgeschichte|m[aä]rchen|drachen?|ritter|histoire|conte|chevalier|monstre|cuento|historia|drag[oó]n|caballero)\b`,
);

/**
 * Asking how the world works or what happened (history, science, health class), rather than how
 * to do something oneself: "why did…", "what happens when…", "how do vaccines…", "who was…".
 */
export const SCHOOL_QUESTION = words(
  String.raw`\b(?:why\s+(?:did|do|does|is|are|was|were|should|shouldn'?t)|what\s+(?:is|are|was|were|does|did|do|happens|happened|caused|causes|should|weapons|chemicals|foods?)|what'?s\s+(?:a|the\s+difference)|whats\s+(?:a|the\s+difference)|which|who\s+(?:was|is|were|killed|invented)|when\s+(?:did|was)|how\s+(?:does|did|do\s+(?!i\b|we\b|u\b|you\b)\w+|many\s+(?:people|soldiers|bones|legs)|come)|history|histor(?:y|ical)|science|biology|chemistry|health\s+class|for\s+(?:school|class|my\s+project)|homework|my\s+teacher|in\s+class|we\s+(?:are|'re)\s+(?:learning|doing)|we\s+learned|project|warum|wie\s+(?:ist|viele|schreibt)|pourquoi|c'est\s+quoi|quels?|por\s+qu[eé]|qu[eé]\s+(?:pas[oó]|comen)|cu[aá]ntos)\b`,
);

/**
 * Words that make the content-safety model's concern plausible at all. A message without any of
 * them ("how can I be a good friend?", "why is ice slippery") is reported as `framing-everyday`:
 * the model's score on such a message is noise, not a reason to block a child.
 */
export const HARM_VOCABULARY = words(
  String.raw`\b(?:hurt|hurts|hurting|hurrt|allergic|allergy|kill|kil|killed|killing|kills|die|died|dies|dying|dead|death|deadly|murder|poison|poisonous|venom|venomous|stab|choke|choking|strangle|drown|blood|bleed|bleeding|beat|punch|hit|fight|fights|fighting|attack|attacks|war|wars|battle|battles|weapon|weapons|gun|guns|shoot|shooting|shootout|knife|knives|sword|bomb|bombs|bom|explode|explodes|explosion|explosions|explosive|fire|burn|burns|burning|smash|crush|crushes|destroy|destroyed|destroying|drug|drugs|drunk|alcohol|beer|weed|vape|vapes|pills?|smoke|smoking|high|overdose|sex|sexy|naked|nude|nudes|porn|body|pictures?|pics?|photos?|secret|stranger|run\s+away|steal|hack|revenge|bully|bullies|cut|scared|sad|suicide|self\s*harm|challenge|dangerous|danger|chemicals?|bleach|ammonia|toxic|disease|virus|viruses|germs|bacteria|slavery|holocaust|terrorism|hitler|nuclear|atomic|trenches|soldiers?|illegal|illegally|crime|crimes|criminal|fraud|theft|identity|scam|phishing|malware|keylogger|exploit|launder|counterfeit|smuggle|evade|evasion|tax|taxes|firearm|firearms|ammo|ammunition|grenade|riot|terror|terrorist|terrorism|extremist|torture|kidnap|abduct|ransom|blackmail|threat|threaten|harass|harassment|stalk|dox|troll|prank|pranks|cheat|lie|lies|spy|track|misinformation|disinformation|fake\s+news|propaganda|hate|hateful|racist|racism|race|religion|slur|slurs|curse|insult|offensive|ugliest|violence|violent|abuse|abusive|get\s+back\s+at|erotic|snuff|gambling|cocaine|heroin|meth|dealer|dealing|verletzen|bombe|drogue|droga|bomba|mourir|morir|sterben|krieg|guerre|guerra)\b`,
);
