/**
 * Disclosure control, as statistics offices do it, so that a report cannot be differenced to
 * trace one person: counts are rounded to a base and small ones hidden, breakdowns and rates
 * need a large enough group, and figures move in steps rather than with each person.
 */

/** Counts are shown rounded to the nearest multiple of this. */
export const ROUND_TO = 5;
/** A count below this is never shown as a number: it reads "<10". */
export const MIN_SHOWN = 10;
/** A breakdown (languages, causes, per-task) is given only over a group at least this big. */
export const MIN_BREAKDOWN = 20;
/** A rate is given only over a group at least this big (and with a shown numerator). */
export const MIN_RATE_BASE = 20;
/** Rates are shown in steps of this (5%). */
export const RATE_STEP = 0.05;

/** A count as people may see it: rounded to ROUND_TO, or null when it is below MIN_SHOWN. */
export function shownCount(n: number): number | null {
  if (n < MIN_SHOWN) return null;
  return Math.max(MIN_SHOWN, Math.round(n / ROUND_TO) * ROUND_TO);
}

/**
 * A rate as people may see it (0..1, in RATE_STEP steps), or null over a small group or with a
 * small numerator: either would give a hidden count away, or move with one person.
 */
export function shownRate(part: number, whole: number): number | null {
  if (part < MIN_SHOWN || whole < MIN_RATE_BASE) return null;
  return Math.min(1, Math.round(part / whole / RATE_STEP) * RATE_STEP);
}

/** Whether a breakdown over a group of `total` may be shown at all. */
export function breakdownShown(total: number): boolean {
  return total >= MIN_BREAKDOWN;
}

/**
 * Complementary suppression over cells that add up to a shown total: when exactly one cell is
 * hidden, the smallest shown one is hidden too, so no hidden cell is the total minus the others.
 */
export function suppressComplement(cells: readonly (number | null)[]): (number | null)[] {
  const out = [...cells];
  if (out.filter((c) => c === null).length !== 1) return out;
  let smallest = -1;
  out.forEach((c, i) => {
    if (c !== null && (smallest === -1 || c < (out[smallest] as number))) smallest = i;
  });
  if (smallest !== -1) out[smallest] = null;
  return out;
}
