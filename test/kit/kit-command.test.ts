/** `/kit` in a Telegram chat: an influencer gets both slides as photos and files, then the text to paste. */
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIDI_CONTROLS } from '../../src/kit/plan-kit.js';
import { TelegramHarness } from '../support/telegram-harness.js';
import { FakeBotApiWithFiles } from '../reports-fake-api.js';
import { uyghurPlan } from './fixtures.js';

const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
const ORG = 900001;
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('kit_command', { organisers: [ORG], api: new FakeBotApiWithFiles() });
  await h.user(ORG).send('/influencer add zaynab 7301 Zaynab');
  await h.user(ORG).send('/influencer add karim 7302 Karim');
});
afterAll(() => h.close());

async function publish(): Promise<void> {
  const { status: _s, ...file } = uyghurPlan();
  await h.app.plans.propose(file, 'org');
  for (const [from, to] of [['proposed', 'approved'], ['approved', 'publishing'], ['publishing', 'published']] as const) {
    expect(await h.app.plans.transition(file.id, from, to, to === 'publishing' ? { publishedAt: new Date() } : {})).toBe(true);
  }
}

describe('/kit', () => {
  it('says so kindly when no plan is open, and refuses non-influencers', async () => {
    await h.user(7301).send('/kit');
    expect(h.user(7301).last().text).toContain('No plan is open right now');
    await h.user(7399).send('/kit');
    expect(h.user(7399).last().text).toContain('ask an organiser for an invite code');
  });

  it('sends both slides as photos and as files, and a description block with bare links', async () => {
    await publish();
    const zaynab = h.user(7301, 'ar');
    const before = zaynab.messages().length;
    await zaynab.send('/kit');
    const fresh = zaynab.messages().slice(before);
    expect(fresh.map((m) => m.kind)).toEqual(['text', 'photo', 'document', 'photo', 'document', 'text', 'text']);
    expect(fresh[0]!.text).toContain('عُدّتك لخطة');
    const files = fresh.filter((m) => m.kind === 'document');
    expect(files.map((f) => f.file!.filename)).toEqual(['uyghur-2026-12-zaynab-1920x1080.png', 'uyghur-2026-12-zaynab-1080x1920.png']);
    for (const f of files) {
      const img = PNG.sync.read(Buffer.from(f.file!.bytes));
      expect(jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data).toBe('https://t.me/forum_test_bot?start=zaynab-uyghur');
    }
    const block = fresh.at(-1)!.text;
    expect(block).toContain('خطّتنا العملية لهذا الشهر: ادعموا الأويغور');
    expect(block).toContain('تيليجرام: https://t.me/forum_test_bot?start=zaynab-uyghur');
    expect(block).not.toMatch(BIDI_CONTROLS);
  });

  it('names the open plans when asked for one that is not', async () => {
    await h.user(7302).send('/kit atlantis-2026');
    expect(h.user(7302).last().text).toContain('There is no open plan called “atlantis-2026”. Open plans: uyghur-2026-12');
  });
});
