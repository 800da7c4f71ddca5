import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { OutMessage } from '../../src/core/types.js';
import { parsePlan } from '../../src/plans/plan-schema.js';
import { renderPlanMessage } from '../../src/plans/render-plan-message.js';
import type { ContractFollower } from './flows.contract.js';

/** A channel with the whole bot behind it, where some people are the forum's organisers. */
export interface DraftingChannel {
  app: App;
  /** A new organiser on the channel (a member who may propose plans), and their chat id. */
  newMember(): ContractFollower & { chatId: string };
  /** A new person who is not a member. */
  newFollower(): ContractFollower;
  /** The channel's own rendering of a message, as texts() shows it. */
  render(msg: OutMessage): string;
  /** A process restart on the same database, where the channel can do one. */
  restart?(): Promise<void>;
  close(): Promise<void>;
}

const last = (u: ContractFollower) => u.texts().at(-1) ?? '';
const today = () => new Date().toISOString().slice(0, 10);
const drafts = (app: App) => app.db.FlowState.countDocuments({ _id: /^draft:/ });
const rand = () => Math.random().toString(36).slice(2, 7);
const HOW_1 = 'Open the petition, add your name and your town, and confirm by email.';

/** Causes, title, the suggested id, why: the draft's opening steps. */
async function opening(m: ContractFollower, title: string): Promise<void> {
  await m.send('/draft');
  expect(last(m)).toContain('Which causes');
  await m.chooseMany(['Uyghurs']);
  expect(last(m)).toContain("plan's title");
  await m.send(title);
  expect(last(m)).toContain('I suggest');
  await m.choose('✅');
  expect(last(m)).toContain('Why does this plan matter');
  await m.send('Forced labour must not be in what we buy.');
}

/** Task 1 with a link and the forum as its source, then task 2 without a link, with a named source. */
async function twoTasks(m: ContractFollower): Promise<void> {
  await m.send('Sign the petition');
  await m.send(HOW_1);
  expect(last(m)).toContain('https://');
  await m.send('https://example.org/petition');
  expect(last(m)).toContain('how many minutes');
  await m.send('5');
  await m.choose('Checked by');
  expect(last(m)).toContain('Add another');
  await m.choose('Add another task');
  await m.send('Tell a friend');
  await m.send('Send the plan to one friend who cares.');
  await m.choose('No link');
  await m.send('10');
  await m.send('Uyghur Human Rights Project https://example.org/report');
  await m.choose("That's all");
  expect(last(m)).toContain('end date');
}

/** The YAML an organiser would write for the plan twoTasks drafts. */
function equivalentYaml(id: string, title: string): string {
  return [
    `id: ${id}`,
    'topics: [uyghur]',
    'endsAt: 2099-12-31',
    'content:',
    '  en:',
    `    title: ${title}`,
    '    why: Forced labour must not be in what we buy.',
    '    tasks:',
    '      - title: Sign the petition',
    `        how: ${HOW_1}`,
    '        link: https://example.org/petition',
    '        minutes: 5',
    `        source: { vettedBy: Forum of Influencers, date: ${today()} }`,
    '      - title: Tell a friend',
    '        how: Send the plan to one friend who cares.',
    '        minutes: 10',
    `        source: { vettedBy: Uyghur Human Rights Project, url: "https://example.org/report", date: ${today()} }`,
  ].join('\n');
}

/**
 * Drafting a plan in chat, on every channel: the whole guided conversation, what it proposes
 * (the same plan as the YAML of it), its preview (the follower's own rendering), kind answers to
 * bad input, /cancel, and a restart in the middle.
 */
export function draftingContract(channelName: string, setup: () => Promise<DraftingChannel>): void {
  describe(`drafting a plan on ${channelName}`, () => {
    let ch: DraftingChannel;
    beforeAll(async () => {
      ch = await setup();
    });
    afterAll(() => ch.close());

    it('a member drafts a plan step by step, sees it as followers will, and proposes the plan its YAML would give', async () => {
      const follower = ch.newFollower();
      await follower.start();
      await follower.choose('English');
      await follower.chooseMany(['Uyghurs']);
      await follower.choose('London');
      const m = ch.newMember();
      const title = `End forced labour ${rand()}`;
      await opening(m, title);
      await twoTasks(m);
      await m.send('2099-12-31');
      const texts = m.texts();
      const intro = texts.findIndex((t) => t.includes('Here is the plan'));
      expect(intro, texts.slice(-4).join('\n----\n')).toBeGreaterThan(0);
      const preview = texts[intro + 1]!;
      expect(last(m)).toContain('What would you like to do');
      await m.choose('Propose it');
      expect(last(m)).toContain('Proposed');
      expect(await drafts(ch.app)).toBe(0);

      const id = /plan “([^”]+)”/.exec(last(m))![1]!;
      expect(id).toBe(`end-forced-labour-${title.split(' ').at(-1)}-${today().slice(0, 7)}`);
      const stored = (await ch.app.plans.get(id))!;
      expect(stored.status).toBe('proposed');
      const expected = parsePlan(equivalentYaml(id, title), ['uyghur', 'palestine', 'sudan']);
      if (!expected.ok) throw new Error(expected.errors.join('\n'));
      expect({ id: stored.id, topics: stored.topics, endsAt: stored.endsAt, reminderAfterHours: stored.reminderAfterHours, content: stored.content }).toEqual({
        id: expected.plan.id,
        topics: expected.plan.topics,
        endsAt: expected.plan.endsAt,
        reminderAfterHours: expected.plan.reminderAfterHours,
        content: expected.plan.content,
      });
      // The preview is the follower's own rendering of the stored plan ...
      expect(preview).toBe(ch.render(renderPlanMessage(stored, 'en', { pledged: false, completedAt: null, done: [] }, ch.app.translator)));
      // ... and what a follower gets when it goes out, but for the line saying who agreed it.
      for (let i = 0; i < (await ch.app.planService.required()); i++) await ch.app.planService.approve(id, `org-${i}`);
      expect((await ch.app.planService.publish(id)).ok).toBe(true);
      await ch.app.worker.drain();
      const received = follower.texts().find((t) => t.includes(title))!;
      expect(received.replace(/\n+🤝[^\n]*/, '')).toBe(preview);
      await ch.app.planLife.close(id);
    });

    it('bad inputs are asked again kindly, and nothing is lost', async () => {
      const m = ch.newMember();
      await opening(m, `Bad inputs ${rand()}`);
      await m.send('x'.repeat(130));
      expect(last(m)).toContain('130 characters; the most this can take is 120');
      await m.send('Ok');
      expect(last(m)).toContain('at least 3 characters');
      await m.send('Sign the petition');
      await m.send('h'.repeat(1501));
      expect(last(m)).toContain('1,501 characters; the most this can take is 1,500');
      await m.send(HOW_1);
      await m.send('http://example.org/petition');
      expect(last(m)).toContain('must start with https://');
      await m.send('https://example.org/petition');
      await m.send('ten');
      expect(last(m)).toContain('whole number from 1 to 600');
      await m.send('0');
      expect(last(m)).toContain('whole number from 1 to 600');
      await m.send('١٢');
      expect(last(m)).toContain('who checked');
      await m.choose('Checked by');
      await m.send('what is this?');
      expect(last(m)).toContain("didn't catch that");
      await m.choose("That's all");
      await m.send('31/02/2099');
      expect(last(m)).toContain("couldn't read that date");
      await m.send('2001-01-01');
      expect(last(m)).toContain('already passed');
      await m.choose('No end date');
      expect(last(m)).toContain('What would you like to do');
      const preview = m.texts().at(-2)!;
      expect(preview).toContain('Sign the petition');
      expect(preview).toContain('12');
      await m.send('/cancel');
      expect(last(m)).toContain('The draft is cancelled');
      expect(await drafts(ch.app)).toBe(0);
    });

    it('a part can be changed after the preview, and the plan id is never one in use', async () => {
      const m = ch.newMember();
      const title = `Change a part ${rand()}`;
      await opening(m, title);
      await twoTasks(m);
      await m.choose('No end date');
      await m.choose('Change a part');
      await m.choose('Plan id');
      await m.send('contract-taken');
      await ch.app.planService.propose(equivalentYaml('contract-taken', 'Someone else'), 'org-x');
      expect(await ch.app.plans.get('contract-taken')).not.toBeNull();
      await m.choose('Change a part');
      await m.choose('Plan id');
      await m.send('contract-taken');
      expect(m.texts().at(-2)).toContain('already used by another plan');
      const id = `contract-${rand()}`;
      await m.send(id);
      await m.choose('Change a part');
      await m.choose('Task 2');
      await m.send('Call your representative');
      await m.send('Call and ask them to back the ban.');
      await m.choose('No link');
      await m.send('15');
      await m.choose('Checked by');
      expect(m.texts().at(-2)).toContain('Call your representative');
      await m.choose('Propose it');
      expect(last(m)).toContain(`plan “${id}”`);
      const stored = (await ch.app.plans.get(id))!;
      expect(stored.content.en!.tasks.map((t) => t.title)).toEqual(['Sign the petition', 'Call your representative']);
      expect(stored.endsAt ?? null).toBeNull();
    });

    it('/draft is for members: anyone else is told so, and nothing is kept', async () => {
      const u = ch.newFollower();
      await u.send('/draft');
      expect(last(u)).toContain("organisers");
      expect(await drafts(ch.app)).toBe(0);
    });

    it('a draft in progress survives a restart, and keeps no chat id', async () => {
      const m = ch.newMember();
      const title = `After a restart ${rand()}`;
      await opening(m, title);
      await m.send('Sign the petition');
      await m.send('/draft');
      expect(last(m)).toContain('already have a draft in progress');
      const stored = JSON.stringify(await ch.app.db.FlowState.find({ _id: /^draft:/ }).lean());
      expect(stored).toContain('Sign the petition');
      expect(stored).not.toContain(m.chatId);
      if (ch.restart) await ch.restart();
      await m.send(HOW_1);
      expect(last(m)).toContain('https://');
      await m.choose('No link');
      await m.send('5');
      await m.choose('Checked by');
      await m.choose("That's all");
      await m.choose('No end date');
      await m.choose('Propose it');
      expect(last(m)).toContain('Proposed');
      expect((await ch.app.plans.get(/plan “([^”]+)”/.exec(last(m))![1]!))!.content.en!.tasks[0]!.how).toBe(HOW_1);
      expect(await drafts(ch.app)).toBe(0);
    });
  });
}
