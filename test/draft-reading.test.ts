import { describe, expect, it } from 'vitest';
import { draftYaml, readEndDate, readLength, readMinutes, readPlanId, readSource, readTaskLink, sourceOf, suggestPlanId, type Draft } from '../flows/draft-reading.js';
import { parsePlan } from '../src/plans/plan-schema.js';

const value = (r: { value: string } | { retry: string }) => ('value' in r ? r.value : `retry:${r.retry}`);

describe("reading a member's draft answers", () => {
  it('suggests a plan id from the title, and a dated one for a title in another script', () => {
    expect(suggestPlanId('End Forced Labour — now!', '2026-12-02')).toBe('end-forced-labour-now-2026-12');
    expect(suggestPlanId('Café for Gaza', '2026-12-02')).toBe('cafe-for-gaza-2026-12');
    expect(suggestPlanId('أوقفوا العمل القسري', '2026-12-02')).toBe('plan-2026-12-02');
    expect(suggestPlanId('A very long title that goes on and on and on', '2026-12-02')).toBe('a-very-long-title-that-2026-12');
    expect(value(readPlanId(' Uyghur-2026-12 '))).toBe('uyghur-2026-12');
    expect(value(readPlanId('no spaces allowed'))).toBe('retry:draft-retry-id');
    expect(value(readPlanId('-dash-first'))).toBe('retry:draft-retry-id');
  });

  it('bounds text by characters, not UTF-16 units, and says which bound was missed', () => {
    const read = readLength({ min: 3, max: 5 });
    expect(read('  👍👍👍👍👍  ')).toEqual({ value: '👍👍👍👍👍' });
    expect(read('abcdef')).toEqual({ retry: 'draft-too-long', vars: { max: 5, count: 6 } });
    expect(read('ab')).toEqual({ retry: 'draft-too-short', vars: { min: 3 } });
  });

  it('takes https links only, and minutes as a whole number in any digits', () => {
    expect(value(readTaskLink('https://example.org/a?b=1'))).toBe('https://example.org/a?b=1');
    for (const bad of ['http://example.org', 'javascript:alert(1)', 'example.org', 'https://', 'ftp://example.org']) {
      expect(value(readTaskLink(bad))).toBe('retry:draft-retry-link');
    }
    expect(value(readMinutes('١٥'))).toBe('15');
    expect(value(readMinutes('৫'))).toBe('5');
    expect(value(readMinutes('10 min'))).toBe('10');
    for (const bad of ['ten', '0', '601', '2.5', '-3']) expect(value(readMinutes(bad))).toBe('retry:draft-retry-minutes');
  });

  it('reads a source as a name with an optional link anywhere in it', () => {
    expect(sourceOf(value(readSource('Amnesty International https://example.org/r')))).toEqual({ vettedBy: 'Amnesty International', url: 'https://example.org/r' });
    expect(sourceOf(value(readSource('https://example.org/r — UHRP')))).toEqual({ vettedBy: 'UHRP', url: 'https://example.org/r' });
    expect(sourceOf(value(readSource('Forum meeting')))).toEqual({ vettedBy: 'Forum meeting', url: null });
    expect(value(readSource('https://example.org/r'))).toBe('retry:draft-retry-source');
  });

  it('reads an end date after today, in ISO or day-first form', () => {
    const read = readEndDate('2026-12-02');
    expect(value(read('2026-12-31'))).toBe('2026-12-31');
    expect(value(read('31.12.2026'))).toBe('2026-12-31');
    expect(value(read('٣١/١٢/٢٠٢٦'))).toBe('2026-12-31');
    expect(value(read('2026-02-30'))).toBe('retry:draft-retry-date');
    expect(value(read('next week'))).toBe('retry:draft-retry-date');
    expect(value(read('2026-12-02'))).toBe('retry:draft-retry-date-past');
  });

  it("the draft's YAML parses back to the same texts, whatever YAML-special characters they hold", () => {
    const tricky = 'Sign: the #1 "petition" — it\'s --- {urgent} [now] & *here* | > %';
    const draft: Draft = {
      topics: ['uyghur'],
      id: 'tricky-2026-12',
      title: tricky,
      why: 'Line one.\nLine two: still why.\n- not a list',
      tasks: [{ title: 'yes', how: 'null\n~\ntrue', link: null, minutes: 7, source: { vettedBy: 'no', url: null } }],
      endsAt: null,
    };
    const parsed = parsePlan(draftYaml(draft, { language: 'en', today: '2026-12-02', forumName: 'Forum' }), ['uyghur']);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const en = parsed.plan.content.en!;
    expect(en.title).toBe(tricky);
    expect(en.why).toBe(draft.why);
    expect(en.tasks[0]).toMatchObject({ title: 'yes', how: 'null\n~\ntrue', minutes: 7, source: { vettedBy: 'no' } });
    expect(en.tasks[0]!.link).toBeUndefined();
  });
});
