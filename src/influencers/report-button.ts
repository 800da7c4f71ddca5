import { z } from 'zod';
import type { ReportScope } from '../reports/report-types.js';
import { isValidAudienceCode } from '../core/join-code.js';

/** Choice-token prefix of the "CSV file" button under a report. */
export const REPORT_TOKEN_PREFIX = 'rep.';

/** The only option of the button. */
export const REPORT_CSV_OPTION = 'csv';

/** The token of a report's CSV button: the prefix and the report's scope ("forum" or a code). */
export function reportButtonToken(scope: ReportScope): string {
  return `${REPORT_TOKEN_PREFIX}${scope.kind === 'audience' ? scope.code : 'forum'}`;
}

/** Exactly as the bot writes it: "forum" or an audience code, never normalised. */
const scopeCode = z.union([z.literal('forum'), z.string().refine(isValidAudienceCode)]);

/** Reads a tap on a report button: the scope asked for, or null for anything forged or stale. */
export function decodeReportButton(token: string, optionId: string): string | null {
  if (!token.startsWith(REPORT_TOKEN_PREFIX) || optionId !== REPORT_CSV_OPTION) return null;
  const parsed = scopeCode.safeParse(token.slice(REPORT_TOKEN_PREFIX.length));
  return parsed.success ? parsed.data : null;
}
