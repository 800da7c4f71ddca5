import { describe, expect, it } from 'vitest';
import { activeTasks, isWithdrawn, planHasEnded, planIsOpen } from '../src/plans/plan-life.js';

const now = new Date('2026-12-01T12:00:00Z');
const plan = (status: string, endsAt?: Date, endedAt: Date | null = null) =>
  ({ status, endsAt, endedAt }) as Parameters<typeof planIsOpen>[0];

describe('plan life', () => {
  it('is open once sent, until its end date or an early close', () => {
    expect(planIsOpen(plan('approved'), now)).toBe(false);
    expect(planIsOpen(plan('publishing'), now)).toBe(true);
    expect(planIsOpen(plan('published', new Date('2026-12-31')), now)).toBe(true);
    expect(planIsOpen(plan('published', new Date('2026-12-01T12:00:00Z')), now)).toBe(false);
    expect(planIsOpen(plan('published', undefined, new Date('2026-11-30')), now)).toBe(false);
    expect(planHasEnded(plan('published', new Date('2026-11-30')), now)).toBe(true);
    expect(planHasEnded(plan('cancelled', new Date('2026-11-30')), now)).toBe(false);
    expect(planHasEnded(plan('published'), now)).toBe(false);
  });

  it('keeps task numbers and leaves withdrawn ones out', () => {
    expect(activeTasks({ withdrawnTasks: [2] }, 4)).toEqual([1, 3, 4]);
    expect(isWithdrawn({ withdrawnTasks: [2] }, 2)).toBe(true);
    expect(isWithdrawn({ withdrawnTasks: [2] }, 1)).toBe(false);
  });
});
