import type { App } from '../app.js';
import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import { forumWords } from '../forum/member-words.js';
import { meetingWords } from '../meetings/meeting-commands.js';
import type { MeetingResult } from '../meetings/meeting-service.js';

/**
 * Runs one forum command from the command line as organiser `me` and returns what to print
 * (the same replies as in chat, in `lang`); null when the words are not a forum command.
 */
export async function forumCommand(app: App, me: string, words: string[], lang: Language, t: Translator): Promise<string | null> {
  if (words[0] === 'members') {
    const o = await app.forum.service.overview();
    return t.t(lang, 'forum-members', { ...o, codes: o.codes.join(', ') || '—' });
  }
  if (words[0] === 'meeting' || words[0] === 'minutes') return meetingCommand(app, me, words, lang, t);
  const r = await forumWords(app.forum.service, app.forum.directory, me, words);
  return r ? t.t(lang, r.key, r.vars) : null;
}

/**
 * `meeting schedule "when: …" "link: …" "topic: …"` (each argument a line), `meeting list`,
 * `meeting show|cancel <id>`, `meeting move <id> <date> <time> <zone>`, and
 * `minutes <id> "<minutes>" "plan: <proposal> <plan id>"`; times in the organiser's profile zone.
 */
async function meetingCommand(app: App, me: string, words: string[], lang: Language, t: Translator): Promise<string | null> {
  const zone = (await app.forum.profiles.get(me))?.zone ?? 'Etc/UTC';
  const [command, sub = '', ...rest] = words;
  let r: MeetingResult | null;
  if (command === 'minutes') r = await app.meetings.minutes(me, [sub, ...rest].join('\n'), lang);
  else if (sub === 'schedule') r = await meetingWords(app.meetings, me, ['schedule', ...rest].join('\n'), { lang, zone }, true);
  else r = await meetingWords(app.meetings, me, [sub, ...rest].join(' '), { lang, zone }, true);
  if (!r) return null;
  return 'message' in r ? r.message.text : t.t(lang, r.key, r.vars);
}
