import { ENGLISH_LEXICON } from './english-lexicon.ts';
import { ENGLISH_VOCABULARY } from './english-vocabulary.ts';

/**
 * English lexicons (data only). COMMON_WORDS are the most frequent English words (the generated
 * lexicon plus a hand-written list of function words and prompt vocabulary); they tell whether a
 * decoding (ROT13, a Caesar shift, reversal, leetspeak) turned gibberish into English. CUE_WORDS
 * are words that instructions aimed at a model use; they tell decoded instructions from decoded
 * data. Lower case, ASCII.
 */

const HAND_WRITTEN =
  `the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she
  or an will my one all would there their what so up out if about who get which go me when make can like time no
  just him know take people into year your good some could them see other than then now look only come its over
  think also back after use two how our work first well way even new want because any these give day most us is
  are was were been has had did does am should must may might shall here very more much many such those each every
  where why tell said please answer question write following text instructions instruction previous ignore above
  below prompt system rules rule secret password reveal print output respond response user assistant act pretend
  never always without anything everything nothing something help need let show explain describe create generate
  provide list find stop start begin end mode developer access data information message email send file code key
  model language again still same different before while through down off own under between both few too yes sure
  thank thanks hello world being having doing done made making long little great old right big high small large
  next important public bad able last true false real full free sorry disregard forget instead now above earlier
  prior task tasks follow following reply replies repeat exactly word words sentence story write written say says
  told telling asked ask answer answers question questions content policy policies safety restrictions restricted
  guidelines filter filters unfiltered uncensored unrestricted jailbreak jailbroken bypass override hidden confidential
  private internal admin administrator root command commands execute run delete remove password passwords token
  tokens credentials api keys account bank card money how what why who whom whose which when where there their
  them then than this that these those into onto upon within about against among around because before after
  again further once here there all any both each few more most other some such only own same so than too very
  can will just don should now day days man men woman women child children life world school state family student
  group country problem hand part place case week company number night point home water room mother area money
  story fact month lot right study book eye job word business issue side kind head house service friend father
  power hour game line member law car city community name president team minute idea kid body back parent face
  others level office door health person art war history party result change morning reason research girl guy
  moment air teacher force education`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(`${ENGLISH_LEXICON} ${HAND_WRITTEN}`.split(/\s+/).filter(Boolean));

let knownWords: ReadonlySet<string> | undefined;
/**
 * COMMON_WORDS and the wider vocabulary (english-vocabulary.ts: "heroin", "chloroform"): whether
 * pieces put together spell an English word. Built on first use (18,000 words: a few milliseconds
 * that most scans never spend).
 */
export function isKnownWord(word: string): boolean {
  knownWords ??= new Set([...COMMON_WORDS, ...ENGLISH_VOCABULARY.split(/\s+/).filter(Boolean)]);
  return knownWords.has(word);
}

export const CUE_WORDS: ReadonlySet<string> = new Set(
  `ignore ignoring disregard forget forgetting previous prior above earlier instructions instruction directives
  directive rules guidelines system prompt prompts developer mode jailbreak jailbroken dan pretend roleplay
  unrestricted uncensored unfiltered restrictions restriction filters filter bypass override overrides reveal leak
  print repeat output say respond reply answer tell confidential secret secrets password passwords key keys token
  tokens credentials admin access granted execute run command commands delete exfiltrate send email hack hacking
  exploit malware virus ransomware phishing bomb bombs weapon weapons kill killing drugs drug illegal steal attack
  you your must now immediately never always instead new task assistant ai model chatgpt gpt llm obey comply
  disable disabled ethics ethical moral safety policy policies openai anthropic claude gemini evil harmful`
    .split(/\s+/)
    .filter(Boolean),
);
