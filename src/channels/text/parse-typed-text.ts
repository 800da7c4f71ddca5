import { cleanInboundText } from '../../core/clean-text.js';
import { normaliseDigits } from '../../core/flow/parse-answer.js';
import type { InboundEvent } from '../../core/types.js';
import { foldWord, type CommandWords } from './command-words.js';

/** Commands that mean nothing without their number (or numbers). */
const NEEDS_NUMBER: ReadonlySet<string> = new Set(['done', 'undo']);

/** Commands that may take one number: a plan's place in the /plans list ("plans 2", "sources 2"), a gathering's in /gatherings ("going 2"). */
const ONE_NUMBER: ReadonlySet<string> = new Set(['plans', 'sources', 'going', 'notgoing']);

/**
 * Longest text parsed at all: a member drafting a plan writes a task's "how" of up to 1,500
 * characters, and longer text must reach the draft whole to be refused with its length, never
 * cut silently (text channels send nothing past 4,096 characters to the core).
 */
const MAX_PARSED = 4096;

/**
 * Turns a typed message (WhatsApp, console) into a neutral event. A whole message that is a
 * command word ("menu", "STOP", "توقف") is that command; "join abuali" and "done 2" carry an
 * argument; "/start x" works as on Telegram. Everything else is text, so flows get numbers.
 */
export function parseTypedText(text: string, words: CommandWords): InboundEvent {
  const trimmed = cleanInboundText(text.slice(0, MAX_PARSED)).trim();
  const slash = /^\/([A-Za-z0-9_]{1,32})(?:\s+([\s\S]*))?$/.exec(trimmed);
  if (slash) return { kind: 'command', name: slash[1]!.toLowerCase(), arg: (slash[2] ?? '').trim() };

  const whole = words.get(foldWord(trimmed));
  // A bare "done" is left as text: inside a multiple choice it is an answer, not a tick. Outside
  // a flow the core hands it to its command with no argument (`bare`).
  if (whole && !NEEDS_NUMBER.has(whole)) return { kind: 'command', name: whole, arg: '' };
  if (whole) return { kind: 'text', text: trimmed, bare: whole };

  const numbered = numberedCommand(trimmed, words) ?? listedPlan(trimmed, words);
  if (numbered) return numbered;

  // "join abuali": the join phrase and a code (the text a wa.me link pre-fills).
  const space = trimmed.search(/\s/);
  if (space > 0) {
    const command = words.get(foldWord(trimmed.slice(0, space)));
    const arg = trimmed.slice(space).trim();
    if (command === 'start' && arg && !/\s/.test(arg)) return { kind: 'command', name: 'start', arg };
  }
  return { kind: 'text', text: trimmed };
}

/** Words that join numbers ("done 1 and 3") in our languages. */
const AND = new Set(['and', 'et', 've', 'dan', 'serta', 'و', 'اور', 'ۋە', 'هم', 'এবং', 'ও', 'আর']);

/**
 * "done 2", "تم ٢", "done2", "Fait 2 !", "fait 1, fait 2", "done 1 3", "تم ١ و ٣": a done or undo
 * word and one or more task numbers (the arg lists them, space-separated). A second word, if
 * any, must be the same command or "and".
 */
function numberedCommand(text: string, words: CommandWords): InboundEvent | undefined {
  const plain = normaliseDigits(text).replace(/[\s.!?؟।]+$/u, '');
  const numbers = plain.match(/\d+/g);
  if (!numbers || numbers.some((n) => n.length > 3)) return undefined;
  const pieces = plain.split(/\d+/).map((p) => foldWord(p.replace(/[,،;&+]/g, ' ')));
  const command = words.get(pieces[0] ?? '');
  if (!command || !NEEDS_NUMBER.has(command) || pieces.at(-1) !== '') return undefined;
  for (const piece of pieces.slice(1, -1)) {
    if (piece !== '' && !AND.has(piece) && words.get(piece) !== command) return undefined;
  }
  return { kind: 'command', name: command, arg: numbers.map(Number).join(' ') };
}

/** "plans 2", "مصادر ١", "kaynak 2": a /plans-list word and one plan number. */
function listedPlan(text: string, words: CommandWords): InboundEvent | undefined {
  const m = /^(.*?)\s*(\d{1,3})$/u.exec(normaliseDigits(text).replace(/[\s.!?؟।]+$/u, ''));
  const command = m?.[1] ? words.get(foldWord(m[1])) : undefined;
  return command && ONE_NUMBER.has(command) ? { kind: 'command', name: command, arg: m![2]! } : undefined;
}
