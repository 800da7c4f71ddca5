import type { Feature } from './core/feature.js';
import { openForumStores } from './db/forum-stores.js';
import type { Models } from './db/models.js';
import type { PlanStore } from './plans/plan-types.js';
import { forumFeature } from './forum/forum-commands.js';
import type { DecisionStore, MemberStore } from './forum/forum-types.js';
import { MemberService } from './forum/member-service.js';
import { OrganiserDirectory } from './forum/organiser-directory.js';
import { QuorumGate } from './forum/quorum-gate.js';
import { countRule, requiredApprovals, type QuorumRule } from './forum/quorum-rule.js';
import { fixedQuorum, type PlanQuorum } from './plans/plan-quorum.js';
import { organiserKey } from './plans/organiser-commands.js';
import type { AddressVault } from './privacy/address-vault.js';
import { MemberProfiles } from './forum/member-profile.js';
import type { Translator } from './core/translator.js';

/** The forum's members, who may approve, and the quorum rule, wired for the app. */
export interface Forum {
  members: MemberStore;
  decisions: DecisionStore;
  directory: OrganiserDirectory;
  quorum: PlanQuorum;
  service: MemberService;
  /** How to reach each member and in which language and zone; the languages they review. */
  profiles: MemberProfiles;
  feature: Feature;
  /** The same records under another rule (a plain number such as CORRECTION_APPROVALS); APPROVALS_REQUIRED-style without organiser ids. */
  quorumOf(rule: QuorumRule): PlanQuorum;
}

/**
 * Wires the forum on the plans' database. With the first organisers known (ADMIN_TELEGRAM_IDS:
 * main and the CLIs), the quorum is the forum's rule over current members; without them (an app
 * built by a test that names no organisers) it stays APPROVALS_REQUIRED distinct approvals.
 */
export function installForum(
  db: Models,
  plans: PlanStore,
  vault: AddressVault,
  opts: { quorum?: QuorumRule; approvalsRequired?: number; organiserIds?: readonly string[]; translator: Translator },
): Forum {
  const stores = openForumStores(db);
  const { decisions } = stores;
  const keyOf = (id: string) => organiserKey(vault, id);
  const chats = { seal: (id: string) => vault.sealOwner(id).sealed, open: (sealed: string) => vault.open('telegram', sealed) };
  const bootstrap = new Map((opts.organiserIds ?? []).map((id) => [keyOf(id), id]));
  // (The directory is made below, from the members this wraps; the profiles only ask it later.)
  const profiles = new MemberProfiles(stores.profiles, chats, async () => (await directory.keys()).members, bootstrap);
  // A member who leaves or is removed takes their profile (sealed chat, languages) with them.
  const members: MemberStore = {
    add: (m, by) => stores.members.add(m, by),
    get: (key) => stores.members.get(key),
    list: () => stores.members.list(),
    remove: async (key) => {
      const removed = await stores.members.remove(key);
      if (!bootstrap.has(key)) await profiles.forget(key);
      return removed;
    },
  };
  const directory = new OrganiserDirectory(members, opts.organiserIds ?? [], keyOf);
  const quorumOf = (rule: QuorumRule, fallback: number): PlanQuorum =>
    opts.organiserIds ? new QuorumGate(rule, directory, plans, decisions) : fixedQuorum(plans, fallback);
  const plain = opts.approvalsRequired ?? 2;
  const quorum = quorumOf(opts.quorum ?? countRule(plain), plain);
  const planExists = async (id: string) => Boolean(await plans.get(id));
  const service = new MemberService({ members, decisions, directory, approvals: plans, quorum, planExists });
  const record = { plans, decisions, directory, quorum, approvalLog: stores.approvalLog };
  const feature = forumFeature({ service, directory, profiles, record, translator: opts.translator });
  return { members, decisions, directory, quorum, service, profiles, feature, quorumOf: (rule) => quorumOf(rule, requiredApprovals(rule, 0)) };
}
