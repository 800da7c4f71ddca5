import { foldCounterDeltas } from '../../src/db/counter-fold.js';
import type { Models } from '../../src/db/models.js';

/** Folds every pending counter move into the counter rows, as the counters.fold job does, so a test can read the rows. */
export async function foldCounters(db: Models): Promise<void> {
  while ((await foldCounterDeltas(db)) > 0);
}
