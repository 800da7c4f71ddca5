import { cleanInboundText } from '../../core/clean-text.js';
import { normaliseDigits } from '../../core/flow/parse-answer.js';
import type { InboundEvent } from '../../core/types.js';
import { foldWord, type CommandWords } from './command-words.js';

/** Commands whose word may be followed by an argument: a join code, a task number. */
const WITH_ARGUMENT: ReadonlySet<string> = new Set(['start', 'done', 'undo']);

/** Commands that mean nothing without their number. */
const NEEDS_NUMBER: ReadonlySet<string> = new Set(['done', 'undo']);

/** Longest text parsed at all; flows only ever match short answers. */
const MAX_PARSED = 1000;

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

  // "done 2", "تم ٢", "done2": a word and a number.
  const numbered = /^(.*?)\s*(\d{1,3})[.!]?$/u.exec(normaliseDigits(trimmed));
  if (numbered && numbered[1]) {
    const command = words.get(foldWord(numbered[1]));
    if (command && WITH_ARGUMENT.has(command) && command !== 'start') return { kind: 'command', name: command, arg: numbered[2]! };
  }

  // "join abuali": the join phrase and a code (the text a wa.me link pre-fills).
  const space = trimmed.search(/\s/);
  if (space > 0) {
    const command = words.get(foldWord(trimmed.slice(0, space)));
    const arg = trimmed.slice(space).trim();
    if (command === 'start' && arg && !/\s/.test(arg)) return { kind: 'command', name: 'start', arg };
  }
  return { kind: 'text', text: trimmed };
}
