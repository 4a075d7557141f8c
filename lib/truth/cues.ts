import { compileLexicon } from './lexicon.ts';

/**
 * The words that decide whether a sentence *asserts* something or only mentions it. A reply that
 * names a dose in order to warn against it ("never take more than 4,000 mg", "8 g can cause liver
 * failure") is right; one that recommends it is the claim the knowledge base is checked against.
 * English first, then the languages that are cheap to cover (es, fr, de, it, pt, ru, zh, ja);
 * `*` marks a stem.
 */

/** Negation and prohibition. */
export const NEGATION = compileLexicon([
  'not', 'never', 'no', 'nor', 'without', 'avoid*', 'refrain', 'stop', 'cannot', "don't", 'dont', "doesn't", "didn't", "shouldn't", "mustn't",
  "can't", 'cant', "won't", "isn't", "aren't", "wasn't", "wouldn't", "couldn't",
  'nunca', 'jamás', 'jamas', 'evit*', 'ni',
  'ne', "n'", 'pas', 'jamais', 'éviter', 'évitez',
  'nicht', 'nie', 'niemals', 'kein*', 'vermeid*',
  'non', 'mai',
  'não', 'nao',
  'не', 'нельзя', 'никогда', 'избега*',
  '不', '勿', '别', '禁止', '切勿', '不要', '不得',
  'ない', 'ないで', 'しないで', 'やめ',
]);

/** Words that state a limit: the number after them is a claimed maximum ("up to 4,000 mg"). */
export const LIMIT = compileLexicon([
  'up to', 'maximum*', 'max', 'at most', 'no more than', 'not more than', 'not to exceed', 'limit*', 'ceiling', 'upper limit',
  'hasta', 'máxim*', 'maxim*', 'como máximo', 'no más de',
  "jusqu'à", "jusqu'a", 'au maximum', 'pas plus de', 'ne pas dépasser',
  'bis zu', 'höchstens', 'maximal*', 'nicht mehr als', 'Höchstdosis', 'Tageshöchstdosis',
  'fino a', 'al massimo', 'non più di', 'massim*',
  'até', 'no máximo',
  'не более', 'не больше', 'максим*',
  '最多', '最大', '不超过', '上限', '最高',
  'まで', '以内', '上限',
]);

/** Comparatives: "more than 4,000 mg" is a limit after a negation, a claim after a permission. */
export const COMPARATIVE = compileLexicon([
  'more than', 'above', 'exceed*', 'in excess of', 'beyond', 'greater than', 'higher than',
  'más de', 'superior a', 'exced*', 'super*',
  'plus de', 'dépass*', 'au-delà de',
  'mehr als', 'über', 'überschreit*',
  'più di', 'oltre',
  'mais de', 'acima de', 'ultrapass*',
  'больше', 'более', 'свыше', 'превыш*',
  '超过', '多于', '以上', '超え',
]);

/** Permission and reassurance: what turns a comparative into a claim ("you can safely take more than…"). */
export const PERMISSION = compileLexicon([
  'can', 'may', 'safe*', 'fine', 'ok', 'okay', 'allowed', 'acceptable', 'no problem', 'harmless', 'recommend*',
  'puede*', 'puedes', 'seguro', 'segura', 'sin peligro',
  'peut', 'peux', 'pouvez', 'sans danger', 'sûr',
  'kann', 'können', 'unbedenklich', 'sicher', 'darf', 'dürfen',
  'può', 'puoi', 'sicuro',
  'pode', 'podem', 'seguro',
  'можно', 'безопасно',
  '可以', '安全', '没问题',
  '大丈夫', '安全', 'できます',
]);

/**
 * Danger and consequence words. A sentence that has one is describing harm (or warning), not
 * recommending: "8 g of paracetamol can cause liver failure" is a true statement.
 */
export const DANGER = compileLexicon([
  'overdos*', 'toxic*', 'poison*', 'liver damage', 'liver failure', 'liver injury', 'liver problems', 'hepatotox*', 'kidney damage',
  'fatal', 'lethal', 'deadly', 'death', 'dying', 'kill*', 'dangerous*', 'danger', 'harmful', 'unsafe', 'not safe', 'hazard*',
  'risk*', 'emergency', 'hospital*', 'harm', 'suicid*', 'can cause', 'may cause', 'could cause', 'lead to', 'leads to', 'result in',
  'serious side effects', 'damage', 'warning', 'caution',
  'sobredosis', 'tóxic*', 'toxic*', 'mortal*', 'peligros*', 'muerte', 'daño*', 'riesgo*',
  'surdos*', 'toxique*', 'mortel*', 'dangereu*', 'danger', 'mort', 'risque*',
  'Überdos*', 'giftig*', 'tödlich*', 'gefährlich*', 'Vergiftung*', 'Leberschaden*', 'Lebersch*', 'Risiko*',
  'sovradosaggio', 'tossic*', 'pericolos*', 'letale', 'mortale', 'rischio*',
  'overdose', 'perigos*', 'letal', 'morte', 'risco*',
  'передозиров*', 'токсич*', 'смерт*', 'опасн*', 'отравлен*', 'риск*',
  '过量', '中毒', '致命', '危险', '死亡', '肝损伤', '风险',
  '過剰', '過量', '危険', '致死', '中毒', 'リスク',
]);

/** Reports of what happened to someone (studies, case reports): not advice. */
export const REPORT = compileLexicon([
  'study', 'studies', 'trial*', 'participants', 'case report*', 'ingested', 'ingestion', 'was given', 'were given', 'reportedly',
  'estudio*', 'étude*', 'Studie*', 'studio', 'studi', 'исследован*', '研究',
]);

/** Medical supervision: a prescription dose above the OTC label is not a false claim. */
export const DOCTOR = compileLexicon([
  'doctor*', 'physician*', 'prescri*', 'clinician*', 'healthcare provider*', 'health care provider*', 'your provider', 'pharmacist*',
  'medical supervision', 'supervision', 'supervised', 'rheumatolog*', 'specialist*', 'as directed', 'GP', 'dentist*', 'Rx',
  'médico*', 'receta*', 'médecin*', 'ordonnance*', 'pharmacien*', 'Arzt', 'Ärzt*', 'ärztlich*', 'Rezept*', 'verschrieb*', 'verordn*',
  'medico', 'prescrizione', 'ricetta', 'farmacista', 'врач*', 'рецепт*', '医生', '医师', '处方', '医嘱', '医師', '処方',
]);

/** A clause that opens with one of these is a condition, not a claim ("if you need more than…"). */
export const CONDITION = compileLexicon(['if', 'unless', 'when', 'whether', 'si', 'wenn', 'falls', 'если', '如果', '若', 'もし']);

/** Questions and quoted myths are not assertions. */
export const MYTH = compileLexicon([
  'myth*', 'misconception*', 'false', 'untrue', 'not true', 'wrong', 'incorrect', 'debunk*', 'rumor*', 'rumour*', 'claim that', 'claims that',
  'mito*', 'falso', 'mythe*', 'faux', 'Mythos', 'falsch', 'миф*', '谣言', '误区', '迷信',
]);

/** Every cue list, for the ReDoS test. */
export const CUE_PATTERNS = { NEGATION, LIMIT, COMPARATIVE, PERMISSION, DANGER, REPORT, DOCTOR, CONDITION, MYTH };
