/** Groups smaller than this are never shown: "<5", and no rate is given for them. */
export const MIN_SHOWN = 5;

/** A count as people may see it: the number, or null when it is below MIN_SHOWN. */
export function shownCount(n: number): number | null {
  return n >= MIN_SHOWN ? n : null;
}

/**
 * A rate as people may see it (0..1), or null when either side is a small group: a rate over
 * a small group, or one whose numerator is small, would give the hidden count away.
 */
export function shownRate(part: number, whole: number): number | null {
  if (part < MIN_SHOWN || whole < MIN_SHOWN) return null;
  return Math.min(1, part / whole);
}
