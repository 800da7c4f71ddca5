import { DECISION_ID, type ForumResult, type MemberService } from './member-service.js';
import type { OrganiserDirectory } from './organiser-directory.js';

const TELEGRAM_ID = /^\d{1,15}$/;
const CODE = /^[a-z0-9][a-z0-9-]{1,31}$/;
/** What an objection names: a plan id or a member decision. */
export const SUBJECT = /^([a-z0-9][a-z0-9-]{2,31}|m\.[a-z0-9]{6})$/;

/**
 * The forum's words, in chat after the slash or after `npm run forum --`, for organiser `me`:
 * `member add <id> organiser | influencer <codes…>`, `member remove <id>`, `member approve
 * <decision>`, `object | unobject <plan or decision>`. Null when they are none of these.
 */
export async function forumWords(service: MemberService, directory: OrganiserDirectory, me: string, words: string[]): Promise<ForumResult | null> {
  const [command, sub, target, role, ...codes] = words.map((w) => w.toLowerCase());
  if (command === 'object' && sub && SUBJECT.test(sub)) return service.object(sub, me);
  if (command === 'unobject' && sub && SUBJECT.test(sub)) return service.withdrawObjection(sub, me);
  if (command !== 'member') return null;
  if (sub === 'approve' && target && DECISION_ID.test(target)) return service.approve(target, me);
  if (!target || !TELEGRAM_ID.test(target)) return null;
  if (sub === 'remove') return service.remove(me, directory.keyOf(target));
  if (sub !== 'add' || (role !== 'organiser' && role !== 'influencer')) return null;
  if (role === 'influencer' && (!codes.length || !codes.every((c) => CODE.test(c)))) return null;
  return service.add(me, directory.keyOf(target), role, role === 'influencer' ? codes : []);
}
