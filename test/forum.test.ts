/**
 * The forum's members and its quorum rule, on the real database: shares of the organisers, an
 * objection holding a plan until outvoted or withdrawn, a removed organiser's approvals no
 * longer counting, and decisions decided by unique inserts under concurrent callers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { countRule, isAgreed, parseQuorumRule, requiredApprovals, type QuorumRule } from '../src/forum/quorum-rule.js';
import { organiserKey } from '../src/plans/organiser-commands.js';
import { formatEndDate, renderPlanMessage } from '../src/plans/render-plan-message.js';
import { forumCommand } from '../src/cli/forum-command.js';
import { authoriseOrganiser, OrganiserAuthError } from '../src/plans/organiser-tokens.js';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';

const rule = (text: string): QuorumRule => {
  const r = parseQuorumRule(text);
  if ('errors' in r) throw new Error(r.errors.join('; '));
  return r;
};

describe('the quorum rule', () => {
  it('takes the largest of a number and a share of the organisers, rounded up', () => {
    const r = rule('max(3, 50%)');
    expect([1, 2, 4, 6, 7, 10, 21].map((n) => requiredApprovals(r, n))).toEqual([3, 3, 3, 3, 4, 5, 11]);
    expect([1, 3, 4].map((n) => requiredApprovals(rule('50%'), n))).toEqual([1, 2, 2]);
    expect(requiredApprovals(rule('75%'), 0)).toBe(1);
    expect(requiredApprovals(countRule(2), 9)).toBe(2);
  });

  it('counts an objection against the rule: outvoted means one more approval per objection', () => {
    expect(isAgreed(3, 0, 3)).toBe(true);
    expect(isAgreed(3, 1, 3)).toBe(false);
    expect(isAgreed(4, 1, 3)).toBe(true);
    expect(isAgreed(4, 2, 3)).toBe(false);
  });

  it('is read from QUORUM by zod, and a bad rule stops the start with what is wrong', () => {
    expect(loadConfig({ QUORUM: 'max(3, 50%)' }).QUORUM?.terms).toEqual([
      { kind: 'count', n: 3 },
      { kind: 'share', percent: 50 },
    ]);
    expect(loadConfig({}).QUORUM).toBeUndefined();
    expect(() => loadConfig({ QUORUM: 'max(3, half)' })).toThrow(/half/);
    expect(() => loadConfig({ QUORUM: '150%' })).toThrow(/150%/);
  });
});

describe('forum members and decisions', () => {
  let h: TelegramHarness;
  // 1 and 2 are the bootstrap organisers (ADMIN_TELEGRAM_IDS); the rule is 2, or half the organisers.
  beforeAll(async () => {
    h = await TelegramHarness.start('forum_members', { organisers: [1, 2], quorum: rule('max(2, 50%)') });
  }, 60_000);
  afterAll(() => h?.close());

  const key = (id: number) => organiserKey(h.app.vault, String(id));
  const tally = async (planId: string) => {
    const plan = (await h.app.plans.get(planId))!;
    return h.app.forum.quorum.tally(planId, plan.revision);
  };

  it('adds an organiser only by the forum decision, and they may then approve', async () => {
    const a = h.user(1);
    const b = h.user(2);
    const c = h.user(3);
    await c.send('/propose');
    expect(c.last().text).toContain('for the Forum');
    await a.send('/member add 3 organiser');
    expect(a.last().text).toContain('1 of 2');
    const id = /“(m\.[a-z0-9]{6})”/.exec(a.last().text)![1]!;
    expect(await h.app.forum.directory.isOrganiser('3')).toBe(false);
    await b.send(`/member approve ${id}`);
    expect(b.last().text).toContain('carried out');
    expect(await h.app.forum.directory.isOrganiser('3')).toBe(true);
    await b.send(`/member approve ${id}`);
    expect(b.last().text).toContain('already been carried out');
    // The record: who proposed and when; approvals are the plans' approval records, by keyed hash.
    const decision = (await h.app.forum.decisions.getDecision(id))!;
    expect(decision.proposedBy).toBe(key(1));
    expect(decision.member).toBe(key(3));
    expect(JSON.stringify(decision)).not.toContain('"3"');
    await a.send('/member add 4 influencer amina amina-fr');
    expect(a.last().text).toContain('amina, amina-fr');
    await c.send('/members');
    expect(c.last().text).toContain('Organisers: 3 (of whom 2');
    expect(c.last().text).toContain('Influencers and member organisations: 1');
  });

  it('an objection holds a plan until it is outvoted, and the plan says how many agreed', async () => {
    const [a, b, c, inf] = [h.user(1), h.user(2), h.user(3), h.user(4)];
    await a.send(`/propose\n${planYaml({ id: 'held-1' })}`);
    await inf.send('/object held-1');
    expect(inf.last().text).toContain('objection to “held-1” is recorded');
    await inf.send('/object held-1');
    expect(inf.last().text).toContain('already objected');
    await inf.send('/object no-such-plan');
    expect(inf.last().text).toContain("don't know a plan");
    await a.send('/approve held-1');
    await b.send('/approve held-1');
    expect(b.last().text).toContain('on hold');
    expect(await tally('held-1')).toMatchObject({ approvals: 2, objections: 1, required: 2, agreed: false });
    await a.send('/publish held-1');
    expect(a.last().text).toContain('on hold');
    await c.send('/approve held-1');
    expect(await tally('held-1')).toMatchObject({ approvals: 3, objections: 1, agreed: true });
    await a.send('/publish held-1');
    expect(a.last().text).toContain('being sent');
    const plan = (await h.app.plans.get('held-1'))!;
    expect(plan.agreedBy).toBe(3);
    const text = renderPlanMessage(plan, 'en', { pledged: false, completedAt: null, done: [] }, h.app.translator).text;
    expect(text).toContain(`Agreed by 3 forum members on ${formatEndDate('en', plan.agreedAt!, undefined)}`);
    expect(formatEndDate('en', new Date('2026-11-15T12:00:00Z'), 'UTC', new Date('2026-12-01T00:00:00Z'))).toBe('15 November');
  });

  it('a withdrawn objection no longer holds; a non-member cannot object', async () => {
    const [a, b, inf, outsider] = [h.user(1), h.user(2), h.user(4), h.user(99)];
    await a.send(`/propose\n${planYaml({ id: 'held-2' })}`);
    await inf.send('/object held-2');
    await outsider.send('/object held-2');
    expect(outsider.last().text).toContain("for the Forum's members");
    await a.send('/approve held-2');
    await b.send('/approve held-2');
    expect((await tally('held-2')).agreed).toBe(false);
    await inf.send('/unobject held-2');
    expect(inf.last().text).toContain('withdrawn');
    expect(await tally('held-2')).toMatchObject({ approvals: 2, objections: 0, agreed: true });
  });

  it('an organiser removed loses their vote: their approvals stop counting', async () => {
    const [a, b, c] = [h.user(1), h.user(2), h.user(3)];
    await a.send(`/propose\n${planYaml({ id: 'vote-1' })}`);
    await a.send('/approve vote-1');
    await c.send('/approve vote-1');
    expect((await tally('vote-1')).approvals).toBe(2);
    await a.send('/member remove 3');
    const id = /“(m\.[a-z0-9]{6})”/.exec(a.last().text)![1]!;
    await b.send(`/member approve ${id}`);
    expect(await h.app.forum.directory.isOrganiser('3')).toBe(false);
    expect(await tally('vote-1')).toMatchObject({ approvals: 1, agreed: false });
    await a.send('/publish vote-1');
    expect(a.last().text).toContain('needs 2 approvals');
    await c.send('/approve vote-1');
    expect(c.last().text).toContain("for the Forum's organisers");
    // A bootstrap organiser stays one: only the configuration changes that.
    await b.send('/member remove 1');
    expect(b.last().text).toContain('ADMIN_TELEGRAM_IDS');
  });

  it('races: one approval per member, one objection per member, one membership, on the real database', async () => {
    const { service, members, decisions } = h.app.forum;
    await h.user(1).send(`/propose\n${planYaml({ id: 'race-1' })}`);
    const objections = await Promise.all(Array.from({ length: 12 }, () => service.object('race-1', key(4))));
    expect(objections.filter((r) => r.ok)).toHaveLength(1);
    expect((await decisions.objections('race-1')).length).toBe(1);
    await Promise.all(Array.from({ length: 12 }, () => h.app.planService.approve('race-1', key(1))));
    expect(await h.app.plans.countApprovals('race-1', 1)).toBe(1);
    const adds = await Promise.all(Array.from({ length: 12 }, () => members.add({ key: key(50), role: 'influencer', codes: ['x50'], addedAt: new Date() }, key(1))));
    expect(adds.filter(Boolean)).toHaveLength(1);
    const removals = await Promise.all(Array.from({ length: 12 }, () => members.remove(key(50))));
    expect(removals.filter(Boolean)).toHaveLength(1);
    // Twelve organisers' approvals racing past the quorum of a member decision: it is carried out once.
    const proposed = await service.add(key(1), key(60), 'organiser', []);
    const id = String(proposed.vars.id);
    const raced = await Promise.all(Array.from({ length: 12 }, () => service.approve(id, key(2))));
    expect(raced.filter((r) => r.key === 'forum-decision-done')).toHaveLength(1);
    expect((await members.list()).filter((m) => m.key === key(60))).toHaveLength(1);
  });

  it('the CLI: an organiser added by decision may act with their own token; an influencer may not', async () => {
    const { directory } = h.app.forum;
    const isOrganiser = (id: string) => directory.isOrganiser(id);
    const token = await h.app.organiserTokens.issue(key(60));
    expect(await authoriseOrganiser(h.app.organiserTokens, isOrganiser, directory.keyOf, '60', token)).toBe(key(60));
    const influencerToken = await h.app.organiserTokens.issue(key(4));
    await expect(authoriseOrganiser(h.app.organiserTokens, isOrganiser, directory.keyOf, '4', influencerToken)).rejects.toBeInstanceOf(OrganiserAuthError);
    const added = await forumCommand(h.app, key(60), ['member', 'add', '70', 'influencer', 'zed-tr'], 'tr', h.app.translator);
    expect(added).toContain('zed-tr');
    expect(await directory.member(key(70))).toMatchObject({ role: 'influencer', codes: ['zed-tr'] });
    expect(await forumCommand(h.app, key(60), ['members'], 'en', h.app.translator)).toContain('Influencers and member organisations: 2');
    expect(await forumCommand(h.app, key(60), ['member', 'fly'], 'en', h.app.translator)).toBeNull();
  });

  it('eight organisers approving and publishing at once: the plan goes out once, with the rule met when it was claimed', async () => {
    const { members } = h.app.forum;
    const ids = [201, 202, 203, 204, 205, 206];
    for (const id of ids) await members.add({ key: key(id), role: 'organiser', codes: [], addedAt: new Date() }, key(1));
    // 1, 2, 60 and the six above: 9 organisers, so max(2, 50%) asks for 5.
    expect(await h.app.forum.quorum.required()).toBe(5);
    await h.app.planService.propose(planYaml({ id: 'race-2' }), key(1));
    const voters = [1, 2, ...ids].map(key);
    const results = await Promise.all(
      voters.map(async (k) => {
        await h.app.planService.approve('race-2', k);
        return h.app.planService.publish('race-2');
      }),
    );
    expect(results.filter((r) => r.key === 'org-plan-publishing')).toHaveLength(1);
    const plan = (await h.app.plans.get('race-2'))!;
    expect(['publishing', 'published']).toContain(plan.status);
    expect(plan.agreedBy).toBeGreaterThanOrEqual(5);
    expect(await h.app.plans.countApprovals('race-2', 1)).toBe(8);
  });

  it("a correction takes the forum's rule too: the standing objection to held-1 holds it until outvoted", async () => {
    const yaml = planYaml({ id: 'held-1' }).replaceAll('https://example.org/held-1/2', 'https://example.org/held-1/2-fixed');
    const proposed = await h.app.corrections.propose(yaml, key(1));
    expect(proposed.ok).toBe(true);
    // Nine organisers: max(2, 50%) asks for 5, and member 4's objection (never withdrawn) for one more.
    const voters = [1, 2, 60, 201, 202].map(key);
    for (const k of voters) expect((await h.app.corrections.approve('held-1', k)).key).toBe('forum-plan-held');
    expect((await h.app.plans.get('held-1'))!.revision).toBe(1);
    expect((await h.app.corrections.approve('held-1', key(203))).key).toBe('org-correction-applied');
    expect((await h.app.plans.get('held-1'))!.content.en!.tasks[1]!.link).toContain('2-fixed');
  });

  it('profiles: a member sets language, zone and languages; the chat is kept sealed; leaving takes the profile', async () => {
    const { profiles } = h.app.forum;
    const [a, m] = [h.user(1), h.user(80)];
    await a.send('/member add 80 influencer rumi-ur');
    // Added by Telegram id: the forum can reach them before they ever write, and keeps only a seal.
    expect(await profiles.chatOf(key(80))).toBe('80');
    const stored = await h.app.forum.profiles.get(key(80));
    expect(JSON.stringify(stored)).not.toMatch(/"80"|:80\b/);
    await m.send('/profile zone Karachi');
    expect(m.last().text).toContain('Karachi');
    await m.send('/profile language ur');
    expect(m.last().text).toContain('اردو');
    await m.send('/profile speaks ur, en');
    await m.send('/profile speaks klingon');
    expect(m.last().text).toContain('/profile language fr');
    await m.send('/profile');
    expect(await profiles.get(key(80))).toMatchObject({ lang: 'ur', zone: 'Asia/Karachi', speaks: ['ur', 'en'] });
    expect(await profiles.speakers('ur')).toEqual([key(80)]);
    const me = (await profiles.reachable()).find((r) => r.key === key(80));
    expect(me).toMatchObject({ chatId: '80', lang: 'ur', zone: 'Asia/Karachi' });
    // Bootstrap organisers are reachable from the configuration, even before they write.
    expect((await profiles.reachable()).find((r) => r.key === key(2))?.chatId).toBe('2');
    // Twelve first writes racing (FerretDB's upserts can collide): one profile, no error.
    await Promise.all(Array.from({ length: 12 }, () => profiles.touch(key(81), '81', 'tr')));
    expect((await profiles.reachable()).some((r) => r.key === key(81))).toBe(false); // not a member: not reached
    expect(await profiles.get(key(81))).toMatchObject({ lang: 'tr', zone: 'Europe/Istanbul' });
    await m.send('/leave');
    expect(await profiles.get(key(80))).toBeNull();
    expect(await profiles.speakers('ur')).toEqual([]);
  });

  it('/record: who proposed, approved and objected, when, by the names members chose; acts that no longer count say so', async () => {
    const [a, b, inf] = [h.user(1), h.user(2), h.user(4)];
    await a.send('/profile name Amina K.');
    await b.send('/profile name Bilal');
    await b.send('/profile name see https://example.org');
    expect(b.last().text).toContain('/profile name Amina K.');
    await a.send('/record held-1');
    const held = a.last().text;
    expect(held).toContain('The record of plan “held-1”');
    expect(held).toContain('Proposed by you on');
    expect(held).toContain('👍 Bilal,');
    // Member 4 objected and never withdrew: shown without a name, since they set none.
    expect(held).toContain('✋ a member with no name set, since');
    expect(held).toContain('✅ Agreed on');
    // vote-1 was approved by member 3 before they were removed as an organiser.
    await inf.send('/record vote-1');
    expect(inf.last().text).toContain('(no longer counts');
    expect(inf.last().text).toContain('Amina K.');
    expect(inf.last().text).toContain('⏳ Not agreed yet.');
    await a.send('/member add 90 organiser');
    const id = /“(m\.[a-z0-9]{6})”/.exec(a.last().text)![1]!;
    await b.send(`/record ${id}`);
    expect(b.last().text).toContain('a member with no name set to become an organiser');
    expect(b.last().text).toContain('Proposed by Amina K. on');
    await b.send('/record nothing-here');
    expect(b.last().text).toContain('don\'t know a plan or decision');
    await h.user(99).send('/record held-1');
    expect(h.user(99).last().text).toContain("for the Forum's members");
    await a.send('/profile name -');
    expect((await h.app.forum.profiles.get(key(1)))?.name).toBeUndefined();
  });
});
