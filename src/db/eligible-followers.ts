import type { Types } from 'mongoose';
import type { BatchMember, EligibleFollowers } from '../broadcast/broadcast-ports.js';
import type { ChannelName, Language } from '../core/types.js';
import type { Models } from './models.js';

interface FollowerRow {
  _id: Types.ObjectId;
  channel: string;
  addressSealed: string;
  language: string;
  topics: string[];
  audience: string;
  blocked?: boolean;
  lastInboundAt?: Date | null;
}

/**
 * EligibleFollowers in one streaming pass over active followers, in the order the server keeps
 * them: no sort. Only an equality filter goes to the server (the one kind FerretDB hands its
 * backend, and `status` is indexed for MongoDB); topics, blocks, the WhatsApp rule and the ids
 * already enqueued are checked here as rows pass. (A sort by `_id` made FerretDB read and sort
 * every follower before handing over the first: 22 s at 100,000, against 0.45 s unsorted.)
 */
export class MongoEligibleFollowers implements EligibleFollowers {
  constructor(private readonly db: Models) {}

  async *stream(topics: readonly string[], skip: ReadonlySet<string>): AsyncIterable<BatchMember> {
    const wanted = new Set(topics);
    const cursor = this.db.Follower.find({ status: 'active' })
      .select({ channel: 1, addressSealed: 1, language: 1, topics: 1, audience: 1, blocked: 1, lastInboundAt: 1 })
      .lean<FollowerRow[]>()
      .cursor({ batchSize: 1000 });
    try {
      for await (const row of cursor as AsyncIterable<FollowerRow>) {
        const id = row._id.toHexString();
        if (skip.has(id)) continue;
        if (row.blocked || !row.topics.some((t) => wanted.has(t))) continue;
        // WhatsApp bans numbers that message people who never wrote to them.
        if (row.channel === 'whatsapp' && !row.lastInboundAt) continue;
        yield { followerId: id, channel: row.channel as ChannelName, audience: row.audience, language: row.language as Language, sealedAddress: row.addressSealed };
      }
    } finally {
      await cursor.close();
    }
  }
}
