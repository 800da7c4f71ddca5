/**
 * A plan's YAML sent as a Telegram document: a real plan in seven languages is far beyond the
 * 4,096 characters of a message. Through the fake Bot API, including getFile and the download.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';

const SEVEN = ['en', 'ar', 'ur', 'tr', 'id', 'ms', 'fr'];

/** A plan of over 20 KB: seven languages, ten tasks each, with a guide's length of "how". */
function bigPlan(id: string): string {
  const how = 'Open the link, read the short guide beside it, then follow its steps one by one.';
  return planYaml({ id, languages: SEVEN, tasks: 10 }).replaceAll('Open the link and follow the steps.', how);
}

describe('a plan sent as a document', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await TelegramHarness.start('plan_document', { organisers: [1] });
  }, 60_000);
  afterAll(() => h?.close());

  it('a 20 KB plan in seven languages is proposed from a .yaml document', async () => {
    const yaml = bigPlan('doc-big');
    expect(yaml.length).toBeGreaterThan(20_000);
    const a = h.user(1);
    await a.sendDocument(yaml, 'doc-big.yaml', '/propose');
    expect(a.last().text).toContain('“doc-big” proposed');
    const plan = (await h.app.plans.get('doc-big'))!;
    expect(Object.keys(plan.content).sort()).toEqual([...SEVEN].sort());
    expect(plan.content.fr!.tasks).toHaveLength(10);
    expect(h.api.callsOf('getFile')).toHaveLength(1);
    expect(h.api.callsOf('file')).toHaveLength(1);
  });

  it('a bare .yaml file is proposed, /validate as caption only checks it', async () => {
    const a = h.user(1);
    await a.sendDocument(bigPlan('doc-check'), 'doc-check.yml', '/validate');
    expect(a.last().text).toContain('“doc-check” is valid: 10 tasks');
    expect(await h.app.plans.get('doc-check')).toBeNull();
    await a.sendDocument(planYaml({ id: 'doc-bare' }), 'doc-bare.yaml');
    expect(a.last().text).toContain('“doc-bare” proposed');
  });

  it("someone else's file is never downloaded, and a broken file gets the plan's problems", async () => {
    const calls = h.api.callsOf('getFile').length;
    const u = h.user(7);
    await u.sendDocument(bigPlan('doc-sneaky'), 'doc-sneaky.yaml', '/propose');
    expect(u.last().text).toContain("for the Forum's organisers");
    expect(h.api.callsOf('getFile')).toHaveLength(calls);
    expect(await h.app.plans.get('doc-sneaky')).toBeNull();
    const a = h.user(1);
    await a.sendDocument('id: doc-bad\ncontent: [', 'doc-bad.yaml', '/propose');
    expect(a.last().text).toContain('That plan has problems');
  });

  it('a pasted plan cut at 4,096 characters is told to come as a file', async () => {
    const a = h.user(1);
    await a.send(`/propose\n${bigPlan('doc-pasted')}`);
    expect(a.last().text).toContain('as a file');
  });
});
