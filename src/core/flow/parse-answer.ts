/**
 * Reading typed answers to a choice: numbers in any common script, or the option's label.
 * Used on every channel, so a Telegram follower who types "2" is understood too.
 */

const DIGIT_SETS = ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '०१२३४५६७८९', '০১২৩৪৫৬৭৮৯'];

/** Replaces Arabic-Indic, Persian/Urdu (also Uyghur), Devanagari and Bengali digits with ASCII ones. */
export function normaliseDigits(text: string): string {
  let out = text;
  for (const set of DIGIT_SETS) {
    for (let d = 0; d < 10; d++) out = out.split(set[d]!).join(String(d));
  }
  return out;
}

function fold(text: string): string {
  return normaliseDigits(text).normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** The index of the option a typed answer names, or undefined. "2", "2.", " English " all work. */
export function parseSingleAnswer(text: string, labels: string[]): number | undefined {
  const folded = fold(text).replace(/[.)\]]$/, '');
  if (/^\d{1,3}$/.test(folded)) {
    const n = Number(folded);
    return n >= 1 && n <= labels.length ? n - 1 : undefined;
  }
  const idx = labels.findIndex((l) => fold(l) === folded);
  return idx >= 0 ? idx : undefined;
}

/**
 * The indexes named by "1 3 4", "1,3", "١ ٣" (deduplicated, in order), or undefined when the
 * text holds anything else or a number out of range. "0" alone means "done, keep as is": [].
 */
export function parseMultiAnswer(text: string, count: number): number[] | undefined {
  const folded = fold(text);
  if (!/^\d{1,3}([\s,;、،]+\d{1,3})*$/.test(folded)) return undefined;
  const nums = folded.split(/[\s,;、،]+/).map(Number);
  if (nums.length === 1 && nums[0] === 0) return [];
  if (nums.some((n) => n < 1 || n > count)) return undefined;
  return [...new Set(nums.map((n) => n - 1))];
}
