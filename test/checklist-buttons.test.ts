import { describe, expect, it } from 'vitest';
import { CALLBACK_DATA_LIMIT, decodeCallbackData, encodeCallbackData } from '../src/channels/telegram/render-telegram-message.js';
import { decodeChecklistTap, encodeChecklistOption, planToken, type ChecklistAction } from '../src/plans/checklist-buttons.js';
import { MAX_TASKS } from '../src/plans/plan-schema.js';

const LONGEST_ID = 'a'.repeat(32);
const every: ChecklistAction[] = [
  ...Array.from({ length: MAX_TASKS }, (_, i) => ({ kind: 'tick' as const, task: i + 1 })),
  ...Array.from({ length: MAX_TASKS }, (_, i) => ({ kind: 'untick' as const, task: i + 1 })),
  { kind: 'pledge' },
  { kind: 'sources' },
];

describe('checklist buttons', () => {
  it('reads back every button it writes', () => {
    for (const action of every) {
      expect(decodeChecklistTap(planToken('uyghur-2026-11'), encodeChecklistOption(action))).toEqual({ planId: 'uyghur-2026-11', action });
    }
  });

  it('keeps the wire format of buttons already sent', () => {
    expect(planToken('remind-1')).toBe('p.remind-1');
    expect(every.map(encodeChecklistOption)).toEqual([
      ...Array.from({ length: MAX_TASKS }, (_, i) => `t${i + 1}+`),
      ...Array.from({ length: MAX_TASKS }, (_, i) => `t${i + 1}-`),
      'pledge',
      'src',
    ]);
    expect(decodeChecklistTap('p.tick-1', 't2+')).toEqual({ planId: 'tick-1', action: { kind: 'tick', task: 2 } });
  });

  it('fits Telegram’s 64-byte callback data with the longest plan id, through the channel’s own codec', () => {
    for (const action of every) {
      const data = encodeCallbackData(planToken(LONGEST_ID), encodeChecklistOption(action));
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
      const { token, optionId } = decodeCallbackData(data)!;
      expect(decodeChecklistTap(token, optionId)).toEqual({ planId: LONGEST_ID, action });
    }
  });

  it.each([
    ['another family’s token', 'rep.abuali', 'csv'],
    ['a plan id that is not a slug', 'p.Bad Id', 'pledge'],
    ['a plan id with an operator', 'p.{"$gt":""}', 'pledge'],
    ['an oversized plan id', `p.${'a'.repeat(33)}`, 'pledge'],
    ['an empty plan id', 'p.', 'pledge'],
    ['task 0', 'p.tick-1', 't0+'],
    ['a task past the most a plan has', 'p.tick-1', `t${MAX_TASKS + 1}+`],
    ['a three-digit task', 'p.tick-1', 't100+'],
    ['a task without its sign', 'p.tick-1', 't2'],
    ['a padded task', 'p.tick-1', 't02+'],
    ['a negative task', 'p.tick-1', 't-1+'],
    ['an unknown option', 'p.tick-1', 'delete'],
    ['an option with trailing junk', 'p.tick-1', 'pledge '],
    ['an upper-case option', 'p.tick-1', 'SRC'],
  ])('rejects %s', (_, token, optionId) => {
    expect(decodeChecklistTap(token, optionId)).toBeNull();
  });
});
