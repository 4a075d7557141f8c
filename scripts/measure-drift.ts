/**
 * Measures the `drift` session stage on multi-turn conversations assembled from the labelled rows
 * of ../shared/datasets/dev (inbound.jsonl), scanned by the real pipeline with every registered
 * detector (lib/detectors/index.ts) under the `standard` profile. Never prints a row's text.
 *
 *   npx tsx scripts/measure-drift.ts                 report on VALIDATION rows (the drift.md numbers)
 *   npx tsx scripts/measure-drift.ts --tune          grid over the CUSUM / oscillation parameters on TRAIN rows
 *   options: --split train|validation  --seed N  --conversations N  --data-dir DIR  --json
 *
 * There is no labelled set of real multi-turn conversations here, so conversations are built from
 * single rows (a seeded PRNG chooses them; lib/eval/seeded-random.ts), each row one user turn:
 * - benign:     5–20 turns drawn from benign ∪ benign_hard (their natural mix, ~15% look-alikes);
 * - benign-hard: 5–20 turns of benign_hard only (the look-alikes that trip detectors; a stress
 *               test, not the target);
 * - crescendo:  2–4 benign, then 1–3 benign_hard, 1–3 harmful, 1–3 jailbreak/injection turns:
 *               innocuous first, then closer to the line, then over it;
 * - oscillation: 3–5 attack turns (harmful/jailbreak/injection), each after 1–3 benign turns.
 * The rows are unrelated to each other (no shared topic), so embedding drift cannot be measured
 * this way; no embedding provider is used.
 *
 * Tuning (`--tune`) only ever reads TRAIN rows: per-turn risks are computed once per row and the
 * grid replays them through assessDrift. The report runs every turn through a pipeline with a
 * session stage (exactly what the extension runs), on VALIDATION rows by default.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../lib/core/pipeline.ts';
import type { Verdict } from '../lib/core/verdict.ts';
import { DETECTORS } from '../lib/detectors/index.ts';
import { seededRandom } from '../lib/eval/seeded-random.ts';
import { splitOf, type Split } from '../lib/eval/split.ts';
import { assessDrift } from '../lib/session/assess-drift.ts';
import { ConversationStore, type TurnRecord } from '../lib/session/conversation-state.ts';
import { DEFAULT_DRIFT_PARAMETERS, type DriftParameters } from '../lib/session/drift-parameters.ts';
import { createSessionStage } from '../lib/session/session-stage.ts';
import { SESSION_RISK_CATEGORIES, turnRisk } from '../lib/session/turn-risk.ts';

interface Row {
  id: string;
  text: string;
  family: string;
}

type Kind = 'benign' | 'benign-hard' | 'crescendo' | 'oscillation';
const KINDS: readonly Kind[] = ['benign', 'benign-hard', 'crescendo', 'oscillation'];
const ATTACK_KINDS: readonly Kind[] = ['crescendo', 'oscillation'];

interface Conversation {
  kind: Kind;
  rows: Row[];
  /** Index of the first turn taken from an attack row (-1 for benign conversations). */
  firstAttack: number;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1]! : fallback;
};
const tune = args.includes('--tune');
const split = option('--split', tune ? 'train' : 'validation') as Split;
if (tune && split !== 'train') throw new Error('--tune reads train rows only');
const seed = Number(option('--seed', '20250601'));
const perKind = Number(option('--conversations', tune ? '1000' : '2000'));
const asJson = args.includes('--json');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(option('--data-dir', resolve(root, '../shared/datasets/dev')));

// ---- rows and conversations -------------------------------------------------------------------

const pools = new Map<string, Row[]>();
for (const line of readFileSync(resolve(dataDir, 'inbound.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as Row & { label: string };
  if (splitOf(row.id) !== split) continue;
  const list = pools.get(row.family) ?? [];
  list.push({ id: row.id, text: row.text, family: row.family });
  pools.set(row.family, list);
}
const poolOf = (...families: string[]): Row[] => families.flatMap((family) => pools.get(family) ?? []);
const BENIGN = poolOf('benign', 'benign_hard');
const BENIGN_ONLY = poolOf('benign');
const BENIGN_HARD = poolOf('benign_hard');
const HARMFUL = poolOf('harmful');
const EXPLICIT_ATTACK = poolOf('jailbreak', 'injection');
const ATTACK = poolOf('harmful', 'jailbreak', 'injection');

const random = seededRandom(seed);
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = (pool: readonly Row[]) => pool[Math.floor(random() * pool.length)]!;
const picks = (pool: readonly Row[], count: number) => Array.from({ length: count }, () => pick(pool));

function buildConversation(kind: Kind): Conversation {
  switch (kind) {
    case 'benign':
      return { kind, rows: picks(BENIGN, between(5, 20)), firstAttack: -1 };
    case 'benign-hard':
      return { kind, rows: picks(BENIGN_HARD, between(5, 20)), firstAttack: -1 };
    case 'crescendo': {
      const opening = [...picks(BENIGN_ONLY, between(2, 4)), ...picks(BENIGN_HARD, between(1, 3))];
      const rows = [...opening, ...picks(HARMFUL, between(1, 3)), ...picks(EXPLICIT_ATTACK, between(1, 3))];
      return { kind, rows, firstAttack: opening.length };
    }
    case 'oscillation': {
      const rows: Row[] = [];
      let firstAttack = -1;
      for (let attacks = between(3, 5); attacks > 0; attacks -= 1) {
        rows.push(...picks(BENIGN_ONLY, between(1, 3)));
        if (firstAttack < 0) firstAttack = rows.length;
        rows.push(pick(ATTACK));
      }
      return { kind, rows, firstAttack };
    }
  }
}

const conversations = KINDS.flatMap((kind) => Array.from({ length: perKind }, () => buildConversation(kind)));

// ---- outcome of one conversation ---------------------------------------------------------------

interface Alarm {
  /** 0-based turn of the first drift finding, or -1. */
  turn: number;
  rules: Set<string>;
  /** Some single turn alone was already blocked / acted on (warn or stricter) for an intent category (turn-risk.ts). */
  turnBlocked: boolean;
  turnActed: boolean;
  /** At least two turns at risk ≥ 0.5: what a sequence statistic can see at all with these detectors. */
  twoRiskyTurns: boolean;
}

interface Tally {
  n: number;
  alarmed: number;
  crescendoRule: number;
  oscillationRule: number;
  alarmTurns: number[];
  delays: number[];
  turnBlocked: number;
  turnActed: number;
  driftOnly: number;
  twoRiskyTurns: number;
}

const newTally = (): Tally => ({ n: 0, alarmed: 0, crescendoRule: 0, oscillationRule: 0, alarmTurns: [], delays: [], turnBlocked: 0, turnActed: 0, driftOnly: 0, twoRiskyTurns: 0 });

function tallyOf(results: ReadonlyArray<{ conversation: Conversation; alarm: Alarm }>): Record<Kind, Tally> {
  const tallies = Object.fromEntries(KINDS.map((kind) => [kind, newTally()])) as Record<Kind, Tally>;
  for (const { conversation, alarm } of results) {
    const tally = tallies[conversation.kind];
    tally.n += 1;
    if (alarm.turnBlocked) tally.turnBlocked += 1;
    if (alarm.turnActed) tally.turnActed += 1;
    if (alarm.twoRiskyTurns) tally.twoRiskyTurns += 1;
    if (alarm.turn < 0) continue;
    tally.alarmed += 1;
    if (alarm.rules.has('drift/crescendo')) tally.crescendoRule += 1;
    if (alarm.rules.has('drift/oscillation')) tally.oscillationRule += 1;
    if (!alarm.turnBlocked) tally.driftOnly += 1;
    tally.alarmTurns.push(alarm.turn + 1);
    if (conversation.firstAttack >= 0) tally.delays.push(alarm.turn - conversation.firstAttack);
  }
  return tallies;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const rate = (count: number, n: number) => (n ? count / n : 0);

// ---- per-turn risks (one scan per distinct row) ----------------------------------------------

const plain = createPipeline({ detectors: DETECTORS });
interface RowRisk {
  risk: number;
  /** The per-turn verdict blocked / acted on this row for one of the session's intent categories. */
  blocked: boolean;
  acted: boolean;
}
const intentReasons = (verdict: Verdict) => verdict.reasons.filter((reason) => SESSION_RISK_CATEGORIES.includes(reason.category));
const perRow = new Map<string, RowRisk>();
async function riskOf(row: Row) {
  let known = perRow.get(row.id);
  if (!known) {
    const result = await plain.scan({ text: row.text, direction: 'inbound', profile: 'standard' });
    if (!result.ok) throw new Error(`row ${row.id}: ${result.error}`);
    const reasons = intentReasons(result.value);
    known = {
      risk: turnRisk(result.value.findings),
      blocked: reasons.some((reason) => reason.action === 'block'),
      acted: reasons.length > 0,
    };
    perRow.set(row.id, known);
  }
  return known;
}

/** Replays cached per-turn risks through assessDrift (what the session stage computes), turn by turn. */
function replay(risks: readonly number[], parameters: DriftParameters): { turn: number; rules: Set<string> } {
  const turns: TurnRecord[] = [];
  for (let t = 0; t < risks.length; t += 1) {
    turns.push({ risk: risks[t]! });
    const assessment = assessDrift(turns, parameters);
    if (assessment.crescendo || assessment.oscillation) {
      const rules = new Set<string>();
      if (assessment.crescendo) rules.add('drift/crescendo');
      if (assessment.oscillation) rules.add('drift/oscillation');
      return { turn: t, rules };
    }
  }
  return { turn: -1, rules: new Set() };
}

const started = performance.now();
const risksOf = new Map<Conversation, RowRisk[]>();
for (const conversation of conversations) {
  const list = [];
  for (const row of conversation.rows) list.push(await riskOf(row));
  risksOf.set(conversation, list);
}

function perTurnFlags(conversation: Conversation) {
  const list = risksOf.get(conversation)!;
  return {
    turnBlocked: list.some((turn) => turn.blocked),
    turnActed: list.some((turn) => turn.acted),
    twoRiskyTurns: list.filter((turn) => turn.risk >= 0.5).length >= 2,
  };
}

function summarize(tallies: Record<Kind, Tally>) {
  return Object.fromEntries(
    KINDS.map((kind) => {
      const t = tallies[kind];
      return [
        kind,
        {
          conversations: t.n,
          alarmRate: rate(t.alarmed, t.n),
          crescendoRuleRate: rate(t.crescendoRule, t.n),
          oscillationRuleRate: rate(t.oscillationRule, t.n),
          meanFirstAlarmTurn: mean(t.alarmTurns),
          meanTurnsAfterFirstAttack: mean(t.delays),
          someTurnBlockedAlone: rate(t.turnBlocked, t.n),
          someTurnActedOnAlone: rate(t.turnActed, t.n),
          alarmedWithoutAnyBlockedTurn: rate(t.driftOnly, t.n),
          twoTurnsAtRiskHalfOrMore: rate(t.twoRiskyTurns, t.n),
        },
      ];
    }),
  );
}

// ---- tuning (train only) -----------------------------------------------------------------------

/** Benign false-alarm budget while tuning: half the 1% target, to leave room for unseen rows. */
const TUNING_FALSE_ALARM_BUDGET = 0.005;

function evaluate(parameters: DriftParameters) {
  const results = conversations.map((conversation) => {
    const risks = risksOf.get(conversation)!.map((turn) => turn.risk);
    return { conversation, alarm: { ...replay(risks, parameters), ...perTurnFlags(conversation) } };
  });
  return tallyOf(results);
}

function runTuning() {
  const rows: Array<{ parameters: DriftParameters; t: Record<Kind, Tally>; detection: number }> = [];
  // Every (k, h) that keeps "one turn never alarms" (h ≥ 1 − k), with every oscillation setting.
  for (const k of [0.1, 0.2, 0.25, 0.3, 0.4]) {
    for (let h = 1 - k; h <= 1.5001; h += 0.1) {
      for (const riskyAt of [0.5, 0.7]) {
        for (const window of [6, 10, 15, 20]) {
          for (const minReturns of [2, 3]) {
            const parameters: DriftParameters = {
              ...DEFAULT_DRIFT_PARAMETERS,
              crescendo: { allowance: k, threshold: round(h) },
              oscillation: { riskyAt, calmBelow: 0.2, window, minReturns },
            };
            const t = evaluate(parameters);
            const detection = (rate(t.crescendo.alarmed, t.crescendo.n) + rate(t.oscillation.alarmed, t.oscillation.n)) / 2;
            rows.push({ parameters, t, detection });
          }
        }
      }
    }
  }
  const falseAlarm = (row: (typeof rows)[number]) => rate(row.t.benign.alarmed, row.t.benign.n);
  const hardFalseAlarm = (row: (typeof rows)[number]) => rate(row.t['benign-hard'].alarmed, row.t['benign-hard'].n);
  // Best detection within the budget; ties go to fewer look-alike false alarms, then to the larger
  // h and k (the more conservative setting on moderate risks this data barely contains).
  const ranked = rows
    .filter((row) => falseAlarm(row) <= TUNING_FALSE_ALARM_BUDGET)
    .sort(
      (a, b) =>
        b.detection - a.detection ||
        hardFalseAlarm(a) - hardFalseAlarm(b) ||
        b.parameters.crescendo.threshold - a.parameters.crescendo.threshold ||
        b.parameters.crescendo.allowance - a.parameters.crescendo.allowance,
    );
  return {
    budget: TUNING_FALSE_ALARM_BUDGET,
    evaluated: rows.length,
    ranked: ranked.slice(0, 20).map((row) => ({
      parameters: { crescendo: row.parameters.crescendo, oscillation: row.parameters.oscillation },
      benignFalseAlarm: falseAlarm(row),
      benignHardFalseAlarm: hardFalseAlarm(row),
      crescendo: rate(row.t.crescendo.alarmed, row.t.crescendo.n),
      oscillation: rate(row.t.oscillation.alarmed, row.t.oscillation.n),
      meanDelay: mean([...row.t.crescendo.delays, ...row.t.oscillation.delays]),
    })),
    defaultsOnTrain: summarize(evaluate(DEFAULT_DRIFT_PARAMETERS)),
    bestDetection: ranked[0]?.detection ?? null,
  };
}

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}

// ---- report (end to end through a pipeline with a session stage) ------------------------------

async function runReport() {
  const store = new ConversationStore({ maxConversations: 10 });
  const pipeline = createPipeline({ detectors: DETECTORS, session: createSessionStage({ store }) });
  const results: Array<{ conversation: Conversation; alarm: Alarm }> = [];
  const sessionMs: number[] = [];
  let index = 0;
  for (const conversation of conversations) {
    const conversationId = `conversation-${(index += 1)}`;
    let turn = -1;
    const rules = new Set<string>();
    for (let t = 0; t < conversation.rows.length; t += 1) {
      const result = await pipeline.scan({ text: conversation.rows[t]!.text, direction: 'inbound', profile: 'standard', conversationId, turnId: String(t) });
      if (!result.ok) throw new Error(result.error);
      sessionMs.push(result.value.latencyMs.session);
      const drift = result.value.findings.filter((finding) => finding.detectorId === 'drift');
      if (drift.length && turn < 0) {
        turn = t;
        for (const finding of drift) rules.add(finding.ruleId);
      }
    }
    store.forget(conversationId);
    results.push({ conversation, alarm: { turn, rules, ...perTurnFlags(conversation) } });
  }
  sessionMs.sort((a, b) => a - b);
  const at = (q: number) => sessionMs[Math.min(sessionMs.length - 1, Math.floor(q * sessionMs.length))] ?? null;
  return { parameters: DEFAULT_DRIFT_PARAMETERS, byKind: summarize(tallyOf(results)), sessionStageMs: { p50: at(0.5), p99: at(0.99), turns: sessionMs.length } };
}

const output = tune ? runTuning() : await runReport();
const meta = {
  split,
  seed,
  conversationsPerKind: perKind,
  detectors: DETECTORS.map((d) => d.meta.id),
  pools: { benign: BENIGN_ONLY.length, benignHard: BENIGN_HARD.length, harmful: HARMFUL.length, explicitAttack: EXPLICIT_ATTACK.length },
  distinctRowsScanned: perRow.size,
  seconds: Math.round((performance.now() - started) / 100) / 10,
};

if (asJson) {
  console.log(JSON.stringify({ ...meta, ...output }, null, 2));
} else if (tune) {
  const { ranked, defaultsOnTrain, budget, evaluated, bestDetection } = output as ReturnType<typeof runTuning>;
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  console.log(`# drift tuning on ${split} rows\n\n${JSON.stringify(meta)}\n`);
  console.log(`${evaluated} settings; the best within the false-alarm budget (benign ≤ ${pct(budget)}):\n`);
  console.log('| k | h | risky ≥ | window | returns ≥ | benign FA | benign_hard FA | crescendo | oscillation | mean delay |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of ranked) {
    const { crescendo: c, oscillation: o } = row.parameters;
    console.log(`| ${c.allowance} | ${c.threshold} | ${o.riskyAt} | ${o.window} | ${o.minReturns} | ${pct(row.benignFalseAlarm)} | ${pct(row.benignHardFalseAlarm)} | ${pct(row.crescendo)} | ${pct(row.oscillation)} | ${row.meanDelay?.toFixed(2) ?? '-'} |`);
  }
  const d = defaultsOnTrain;
  console.log(`\nThe defaults (drift-parameters.ts) on train: benign FA ${pct(d.benign!.alarmRate)}, benign_hard FA ${pct(d['benign-hard']!.alarmRate)}, crescendo ${pct(d.crescendo!.alarmRate)}, oscillation ${pct(d.oscillation!.alarmRate)} (best within budget: ${bestDetection === null ? '-' : pct(bestDetection)} mean detection)`);
} else {
  const { byKind, parameters, sessionStageMs } = output as Awaited<ReturnType<typeof runReport>>;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`# drift on ${split} rows\n\n${JSON.stringify(meta)}\nparameters: ${JSON.stringify(parameters)}\n`);
  console.log('| conversations | n | drift alarm | crescendo rule | oscillation rule | mean first-alarm turn | turns after 1st attack | ≥ 2 turns at risk ≥ 0.5 | a turn blocked alone | alarmed, no turn blocked |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const kind of KINDS) {
    const s = byKind[kind]!;
    const turn = s.meanFirstAlarmTurn === null ? '-' : s.meanFirstAlarmTurn.toFixed(2);
    const delay = s.meanTurnsAfterFirstAttack === null ? '-' : s.meanTurnsAfterFirstAttack.toFixed(2);
    console.log(`| ${kind} | ${s.conversations} | ${pct(s.alarmRate)} | ${pct(s.crescendoRuleRate)} | ${pct(s.oscillationRuleRate)} | ${turn} | ${ATTACK_KINDS.includes(kind) ? delay : '-'} | ${pct(s.twoTurnsAtRiskHalfOrMore)} | ${pct(s.someTurnBlockedAlone)} | ${pct(s.alarmedWithoutAnyBlockedTurn)} |`);
  }
  const ms = (x: number | null) => (x === null ? '-' : x.toFixed(4));
  console.log(`\nsession stage: p50 ${ms(sessionStageMs.p50)} ms, p99 ${ms(sessionStageMs.p99)} ms over ${sessionStageMs.turns} turns`);
}
