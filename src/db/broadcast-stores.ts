import type { BroadcastPlan } from '../broadcast/broadcast-ports.js';
import type { BroadcastStores } from '../broadcast/broadcast-worker.js';
import { MongoBatchLeases } from './batch-leases.js';
import { MongoBroadcastBatches } from './broadcast-batches.js';
import { MongoBroadcastPauses, MongoBroadcastRuns } from './broadcast-runs.js';
import { MongoDeliveryLog } from './delivery-log.js';
import { MongoEligibleFollowers } from './eligible-followers.js';
import type { Models } from './models.js';
import { MongoWorkerRegistry } from './worker-registry.js';

/** The broadcast's own stores on one database, with the plan and follower stores the app already has. */
export function mongoBroadcastStores<P extends BroadcastPlan>(db: Models, shared: Pick<BroadcastStores<P>, 'plans' | 'followers'>): BroadcastStores<P> & Required<Pick<BroadcastStores<P>, 'runs' | 'pauses'>> {
  return {
    plans: shared.plans,
    followers: shared.followers,
    leases: new MongoBatchLeases(db),
    batches: new MongoBroadcastBatches(db),
    deliveries: new MongoDeliveryLog(db),
    eligible: new MongoEligibleFollowers(db),
    workers: new MongoWorkerRegistry(db),
    runs: new MongoBroadcastRuns(db),
    pauses: new MongoBroadcastPauses(db),
  };
}
