/**
 * TRANSLATION_REVIEW: a plan's version in a language goes out only once a forum member who speaks
 * it has approved it (/review); before, its followers get the English, marked as such.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoTranslationReviews } from '../src/db/translation-review-store.js';
import { countRule } from '../src/forum/quorum-rule.js';
import { TelegramHarness, type TelegramUser } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';

let next = 8_100_001;

async function arabicFollower(h: TelegramHarness): Promise<TelegramUser> {
  const u = h.user(next++, 'ar');
  await u.start();
  await u.tap('العربية');
  await u.tap('الإيغور');
  await u.tap(u.buttons().at(-1)!);
  await u.tap('مكة');
  return u;
}

describe('a translation goes out once a member who speaks it approved it', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await TelegramHarness.start('translation_review', { organisers: [1, 2, 3], quorum: countRule(1), translationReview: true });
  }, 60_000);
  afterAll(() => h?.close());

  it('Arabic followers get the English, marked, until an Arabic-speaking member approves; then the Arabic', async () => {
    const follower = await arabicFollower(h);
    expect((await h.app.planService.propose(planYaml({ id: 'tr-one' }), 'x')).ok).toBe(true);
    await h.app.planService.approve('tr-one', h.app.forum.directory.keyOf('1'));
    expect((await h.app.planService.publish('tr-one')).ok).toBe(true);
    await h.app.worker.drain();
    const first = follower.texts().find((t) => t.includes('tr-one'))!;
    expect(first).toContain('Plan tr-one (en)');
    expect(first).toContain('غير متوفرة بلغتك بعد');
    expect(first).not.toContain('خطة tr-one');

    const m = h.user(2);
    await m.send('/review tr-one ar');
    expect(m.last().text).toContain('Only a member who speaks العربية');
    await m.send('/profile speaks ar en');
    await m.send('/review tr-one');
    expect(m.last().text).toContain('⏳ العربية');
    await m.send('/review tr-one ar');
    expect(m.texts().at(-2)).toContain('خطة tr-one');
    expect(m.last().text).toContain('/review tr-one ar ok');
    await m.send('/review tr-one ar ok');
    expect(m.last().text).toContain('✅ Approved');
    await m.send('/review tr-one ar ok');
    expect(m.last().text).toContain('was already approved');
    await m.send('/review tr-one');
    expect(m.last().text).toContain('✅ العربية');

    await follower.send('/plans');
    await follower.tap('1.');
    expect(follower.last().text).toContain('خطة tr-one');
    expect(follower.last().text).not.toContain('غير متوفرة بلغتك بعد');
    await h.app.planLife.close('tr-one');
  });

  it('English needs no review, a language the plan lacks is refused, and only members may review', async () => {
    expect((await h.app.planService.propose(planYaml({ id: 'tr-two' }), 'x')).ok).toBe(true);
    const m = h.user(3);
    await m.send('/review tr-two en');
    expect(m.last().text).toContain('English is the original');
    await m.send('/review tr-two fr');
    expect(m.last().text).toContain('has no version in “fr”');
    const stranger = h.user(next++);
    await stranger.send('/review tr-two ar');
    expect(stranger.last().text).toContain("Forum's members");
  });

  it("a new revision is reviewed again: the old revision's approval does not carry over", async () => {
    expect((await h.app.planService.propose(planYaml({ id: 'tr-rev' }), 'x')).ok).toBe(true);
    const m = h.user(2);
    await m.send('/review tr-rev ar ok');
    expect((await h.app.plans.get('tr-rev'))!.reviewedLanguages).toEqual(['ar']);
    expect((await h.app.planService.propose(planYaml({ id: 'tr-rev', tasks: 4 }), 'x')).ok).toBe(true);
    const revised = (await h.app.plans.get('tr-rev'))!;
    expect(revised.revision).toBe(2);
    expect(revised.reviewedLanguages).toEqual([]);
  });

  it('many members approving one version at once: one approval is recorded, once', async () => {
    const reviews = new MongoTranslationReviews(h.conn);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => reviews.approve('tr-race', 1, 'ur', `member-${i}`)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await reviews.approved('tr-race', 1)).toEqual(['ur']);
    expect(await h.app.db.Plan.db.collection('translation_reviews').countDocuments({ planId: 'tr-race' })).toBe(1);
  });

  it('/review <plan> ask: the members who read each waiting language are asked, in their own language, each once', async () => {
    expect((await h.app.planService.propose(planYaml({ id: 'tr-ask', languages: ['en', 'ar', 'ug'] }), 'x')).ok).toBe(true);
    // Member 2 reads Arabic (said so above); member 3 reads Arabic and writes in French.
    const [asker, two, three] = [h.user(1), h.user(2), h.user(3)];
    await three.send('/profile speaks ar fr');
    await three.send('/profile language fr');
    const before = [two.texts().length, three.texts().length];
    // Twelve asks at once (two organisers at the same moment, a double tap): each member asked once.
    await Promise.all(Array.from({ length: 12 }, () => asker.send('/review tr-ask ask')));
    const askedTwo = two.texts().slice(before[0]).filter((t) => t.includes('/review tr-ask ar ok'));
    const askedThree = three.texts().slice(before[1]).filter((t) => t.includes('/review tr-ask ar ok'));
    expect(askedTwo).toHaveLength(1);
    expect(askedTwo[0]).toContain('has a العربية version waiting');
    expect(askedThree).toHaveLength(1);
    expect(askedThree[0]).toContain('attend la relecture');
    const replies = asker.texts().filter((t) => t.startsWith('Asked for reviews of “tr-ask”'));
    expect(replies).toHaveLength(12);
    // However the claims fell between the racing asks, two members were asked in all.
    const asked = replies.map((t) => Number(/asked now: (\d+) · members who read it: 2/.exec(t)?.[1] ?? NaN));
    expect(asked.reduce((a, b) => a + b, 0)).toBe(2);
    expect(replies.every((t) => t.includes('ئۇيغۇرچە: no member has said they read it yet (/profile speaks ug)'))).toBe(true);
    // Once Arabic is approved, only Uyghur is waiting; with nothing waiting, nobody needs asking.
    await two.send('/review tr-ask ar ok');
    await asker.send('/review tr-ask ask');
    expect(asker.last().text).not.toContain('العربية');
    await h.user(next++).send('/review tr-ask ask');
    expect(h.user(next - 1).last().text).toContain("Forum's members");
  });
});
