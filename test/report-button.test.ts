import { describe, expect, it } from 'vitest';
import { decodeCallbackData, encodeCallbackData } from '../src/channels/telegram/callback-data.js';
import { decodeReportButton, REPORT_CSV_OPTION, reportButtonToken } from '../src/influencers/report-button.js';

describe('report CSV button codec', () => {
  it('round-trips the forum and an audience through Telegram callback data', () => {
    for (const scope of [{ kind: 'forum' as const }, { kind: 'audience' as const, code: 'abu_ali', displayName: 'Abu Ali' }]) {
      const data = encodeCallbackData(reportButtonToken(scope), REPORT_CSV_OPTION);
      const tap = decodeCallbackData(data)!;
      expect(decodeReportButton(tap.token, tap.optionId)).toBe(scope.kind === 'forum' ? 'forum' : 'abu_ali');
    }
  });

  it('reads forged, stale and odd taps as nothing', () => {
    for (const [token, option] of [
      ['rep.abu_ali', 'pdf'],
      ['rep.', 'csv'],
      ['rep.ABU', 'csv'],
      ['rep.$where', 'csv'],
      ['rep.' + 'a'.repeat(41), 'csv'],
      ['p.abu_ali', 'csv'],
      ['rep.x', 'csv'],
    ]) {
      expect(decodeReportButton(token!, option!)).toBeNull();
    }
  });
});
