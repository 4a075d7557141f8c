import { embeddedCode } from './embedded-code.ts';
import { POWERSHELL_RULES } from './powershell-rules.ts';
import { replySnippets, type Snippet, type SnippetLanguage } from './reply-snippets.ts';
import { RULES, type Hit } from './rule-catalogue.ts';
import { SCRIPT_RULES } from './script-rules.ts';
import { parseShell } from './shell-parser.ts';
import { checkShellScript, mayConcernShellRules, type EmbeddedCode } from './shell-rules.ts';
import type { ShellScript } from './shell-script.ts';
import { tokenizeShell } from './shell-tokenizer.ts';
import { checkSql } from './sql-rules.ts';
import { runTokenRules } from './token-rules.ts';
import { toolCallArguments } from './tool-call-arguments.ts';
import { WINDOWS_RULES } from './windows-rules.ts';

const TOKEN_RULES = [...POWERSHELL_RULES, ...WINDOWS_RULES, ...SCRIPT_RULES];

/**
 * Characters given to the real parser per reply. mvdan-sh reads about 0.5 MB/s here: beyond this a
 * reply is read by the linear tokenizer, so a huge reply costs tens of milliseconds, not seconds.
 */
const MAX_PARSED_CHARS = 30_000;
/** A snippet longer than this is tokenized rather than parsed (the parser's cost is per snippet). */
const MAX_PARSED_SNIPPET = 20_000;
/**
 * Text outside fences longer than this is prose with commands quoted in it, not a bare command
 * reply: it goes straight to the line tokenizer (the parser would fail on the first apostrophe
 * anyway, after reading that far — on long replies that doubled tool-guard's cost).
 */
const MAX_PARSED_BARE = 2_000;
/** Lines of prose longer than this are only searched in their first part for quoted commands. */
const MAX_PROSE_LINE = 4_000;
/** Commands quoted inside one line of prose that are read on their own. */
const MAX_COMMANDS_PER_LINE = 6;
/** `sh -c '…'` inside `bash -c "…"`…: how deep embedded code is followed. */
const MAX_EMBEDDING_DEPTH = 2;
/**
 * A command quoted inside a sentence is less surely an instruction than one in a code block (it may
 * be explained or warned against): its hits count for this much of the rule's score.
 */
const PROSE_WEIGHT = 0.85;

/** Program names that start a command quoted inside prose ("then run sudo rm -rf / and …"). */
const PROSE_COMMAND =
  /(^|[\s(:"'`])(?:sudo|rm|dd|mkfs(?:\.\w{1,10})?|shred|wipefs|curl|wget|nc|ncat|netcat|socat|bash|sh|zsh|chmod|chown|find|crontab|setenforce|ufw|history|unset|iptables|base64|echo|cat|powershell|pwsh|iex|format|python3?|perl|ruby|php|node|scp|rsync|tar|systemctl|docker|auditctl|export|msfvenom|setcap|mv|tee|eval|exec|env|nohup)(?=\s)/g;

const defaultScore = (hit: Hit): number => RULES[hit.rule].score;

interface Budget {
  parsedChars: number;
}

/**
 * Every hit in a reply, with offsets in `reply`. Bounded: at most 400 snippets and 64 tool arguments
 * (reply-snippets.ts, tool-call-arguments.ts), the parser on at most MAX_PARSED_CHARS characters,
 * linear readers and bounded patterns on the rest.
 */
export function scanReply(reply: string): Hit[] {
  const hits: Hit[] = [];
  const budget: Budget = { parsedChars: 0 };
  for (const snippet of replySnippets(reply)) {
    for (const hit of analyzeSnippet(snippet, budget)) hits.push({ ...hit, start: hit.start + snippet.start, end: hit.end + snippet.start });
  }
  for (const argument of toolCallArguments(reply)) {
    // A tool argument is code by the caller's word, like a fenced block.
    const found = analyzeCode(argument.text, argument.language, 'fence', budget, 0);
    for (const hit of found) hits.push({ ...hit, start: argument.start, end: argument.end });
  }
  return hits;
}

function analyzeSnippet(snippet: Snippet, budget: Budget): Hit[] {
  const hits = analyzeCode(snippet.text, snippet.language, snippet.kind, budget, 0);
  if (snippet.kind === 'bare' || (snippet.kind === 'fence' && (snippet.language === 'other' || snippet.language === 'unknown'))) {
    const weight = snippet.kind === 'bare' ? PROSE_WEIGHT : 1;
    for (const hit of quotedCommands(snippet.text)) hits.push({ ...hit, score: weight * (hit.score ?? defaultScore(hit)) });
  }
  return hits;
}

const SHELL_LANGUAGES: ReadonlySet<SnippetLanguage> = new Set(['shell', 'powershell', 'batch', 'unknown', 'other']);
const SQL_LANGUAGES: ReadonlySet<SnippetLanguage> = new Set(['sql', 'unknown']);

/** All the readers that fit a piece of code; offsets are in `text`. */
function analyzeCode(text: string, language: SnippetLanguage, kind: Snippet['kind'], budget: Budget, depth: number): Hit[] {
  const hits = runTokenRules(TOKEN_RULES, text);
  const embedded: EmbeddedCode[] = [];
  if (SHELL_LANGUAGES.has(language) && mayConcernShellRules(text)) {
    // Inline code is a one-liner the tokenizer reads as the parser would (and the text around it,
    // where it sits in a `…` substitution, is parsed already); fenced and bare text get the parser.
    const parse = language !== 'other' && kind !== 'inline' && (kind !== 'bare' || text.length <= MAX_PARSED_BARE);
    const script = readShell(text, parse, kind === 'bare', budget);
    const verdict = checkShellScript(script);
    hits.push(...verdict.hits);
    embedded.push(...verdict.embedded);
  }
  if (SQL_LANGUAGES.has(language) || kind === 'bare') hits.push(...checkSql(text, { anyCase: kind !== 'bare' }));
  embedded.push(...embeddedCode(text));
  if (depth < MAX_EMBEDDING_DEPTH) {
    for (const code of embedded) {
      const inner = analyzeCode(code.text, code.language, 'inline', budget, depth + 1);
      for (const hit of inner) hits.push({ ...hit, start: code.start, end: code.end });
    }
  }
  return hits;
}

/**
 * The parser when the budget allows and the snippet parses; the tokenizer otherwise. Text outside
 * fences that does not parse is prose: it is tokenized line by line, so that the apostrophe of
 * "don't" does not open a quote that swallows the commands on the next lines.
 */
function readShell(text: string, parse: boolean, byLine: boolean, budget: Budget): ShellScript {
  if (parse && text.length <= MAX_PARSED_SNIPPET && budget.parsedChars + text.length <= MAX_PARSED_CHARS) {
    budget.parsedChars += text.length;
    const parsed = parseShell(text);
    if (parsed) return parsed;
  }
  if (!byLine) return tokenizeShell(text);
  const script: ShellScript = { commands: [], pipelines: [], functions: [], readBy: 'tokenizer' };
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd > lineStart) {
      const line = tokenizeShell(text.slice(lineStart, lineEnd));
      const shift = <T extends { start: number; end: number }>(item: T) => {
        item.start += lineStart;
        item.end += lineStart;
      };
      for (const command of line.commands) {
        shift(command);
        command.args.forEach(shift);
        command.redirects.forEach((redirect) => {
          shift(redirect);
          if (redirect.target) shift(redirect.target);
        });
        command.assigns.forEach((assign) => assign.value && shift(assign.value));
      }
      for (const pipeline of line.pipelines) shift(pipeline);
      for (const fn of line.functions) shift(fn);
      script.commands.push(...line.commands);
      script.pipelines.push(...line.pipelines);
      script.functions.push(...line.functions);
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return script;
}

/** Commands that start inside a line ("Run `x`", "then sudo rm -rf / and reboot"), read on their own. */
function quotedCommands(text: string): Hit[] {
  const hits: Hit[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_PROSE_LINE));
    PROSE_COMMAND.lastIndex = 0;
    let count = 0;
    for (let match = PROSE_COMMAND.exec(line); match && count < MAX_COMMANDS_PER_LINE; match = PROSE_COMMAND.exec(line)) {
      const start = match.index + match[1]!.length;
      PROSE_COMMAND.lastIndex = start + 1;
      // A command at the start of its line is read with the whole snippet already.
      if (line.slice(0, start).trim() === '') continue;
      count += 1;
      if (!mayConcernShellRules(line.slice(start))) continue;
      const verdict = checkShellScript(tokenizeShell(line.slice(start)));
      for (const hit of verdict.hits) hits.push({ ...hit, start: hit.start + lineStart + start, end: hit.end + lineStart + start });
    }
    PROSE_COMMAND.lastIndex = 0;
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return hits;
}
