import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CONSOLE_BOT_HEADER, writeConsoleMessage } from '../src/channels/console/console-channel.js';
import { formatForTerminal } from '../src/channels/console/terminal-format.js';
import type { CommandWords } from '../src/channels/text/command-words.js';
import { parseTypedText } from '../src/channels/text/parse-typed-text.js';
import { humanLogLine } from '../src/ops/human-log.js';

describe('the console’s rendering', () => {
  it('shows *bold* and _italic_ in ANSI on a terminal and as plain words elsewhere', () => {
    const text = 'Reply *plans* for your actions.\n_Reply with a number from 1 to 7._';
    expect(formatForTerminal(text, true)).toBe('Reply \u001b[1mplans\u001b[22m for your actions.\n\u001b[3mReply with a number from 1 to 7.\u001b[23m');
    expect(formatForTerminal(text, false)).toBe('Reply plans for your actions.\nReply with a number from 1 to 7.');
  });

  it('leaves stars and underscores that are not emphasis alone: links, snake_case, arithmetic', () => {
    const text = 'https://example.org/a_b_c and my_code_here, 2 * 3 * 4, and *not closed';
    expect(formatForTerminal(text, true)).toBe(text);
    expect(formatForTerminal(text, false)).toBe(text);
  });

  it('writes a piped console plainly, with the header that marks a bot message', () => {
    const out = new PassThrough();
    out.setEncoding('utf8');
    let printed = '';
    out.on('data', (c: string) => (printed += c));
    writeConsoleMessage(out, 'Reply *join* to come back.');
    expect(printed).toBe(`\n${CONSOLE_BOT_HEADER}\nReply join to come back.\n`);
  });

  it('reads a lone "done" as text that names the done command, and "done 2" as the command', () => {
    const words: CommandWords = new Map([['done', 'done' as const]]);
    expect(parseTypedText('done', words)).toEqual({ kind: 'text', text: 'done', bare: 'done' });
    expect(parseTypedText('done 2', words)).toEqual({ kind: 'command', name: 'done', arg: '2' });
  });

  it('turns a pino JSON line into a line a person reads', () => {
    expect(humanLogLine('{"level":40,"msg":"generated a data key","file":"data/data.key"}')).toBe('warn: generated a data key (file=data/data.key)');
    expect(humanLogLine('not json')).toBe('not json');
  });
});
