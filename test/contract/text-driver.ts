import type { Follower } from '../../src/core/types.js';
import type { ContractFollower } from './flows.contract.js';

/** What a text channel (WhatsApp, console) offers a test: type a line, read the messages. */
export interface TextChat {
  send(text: string): Promise<void>;
  texts(): string[];
  follower(): Promise<Follower | null>;
}

/** The number a label has in the newest numbered list that shows it ("3. London (UK)"). */
export function numberOfOption(texts: string[], label: string): number {
  for (const text of [...texts].reverse()) {
    const line = text.split('\n').find((l) => /^\u200F?\d+\. /.test(l) && l.includes(label));
    if (line) return Number(/(\d+)\./.exec(line)![1]);
  }
  throw new Error(`no option "${label}"; last messages: ${texts.slice(-2).join(' | ')}`);
}

/**
 * A follower on a channel without buttons: options are answered by number, several at once as
 * "1 3", tasks ticked with "done 2", and STOP and forget typed as words.
 */
export function textFollower(chat: TextChat, startText: (code?: string) => string): ContractFollower {
  return {
    start: (code) => chat.send(startText(code)),
    send: (text) => chat.send(text),
    choose: (label) => chat.send(String(numberOfOption(chat.texts(), label))),
    chooseMany: (labels) => chat.send(labels.map((l) => numberOfOption(chat.texts(), l)).join(' ')),
    stop: () => chat.send('STOP'),
    forget: () => chat.send('forget'),
    tick: (n) => chat.send(`done ${n}`),
    openPlan: (n) => chat.send(`plans ${n}`),
    sources: (n) => chat.send(`sources ${n}`),
    texts: () => chat.texts(),
    follower: () => chat.follower(),
  };
}
