import type { App } from '../app.js';
import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import { forumWords } from '../forum/member-words.js';

/**
 * Runs one forum command from the command line as organiser `me` and returns what to print
 * (the same replies as in chat, in `lang`); null when the words are not a forum command.
 */
export async function forumCommand(app: App, me: string, words: string[], lang: Language, t: Translator): Promise<string | null> {
  if (words[0] === 'members') {
    const o = await app.forum.service.overview();
    return t.t(lang, 'forum-members', { ...o, codes: o.codes.join(', ') || '—' });
  }
  const r = await forumWords(app.forum.service, app.forum.directory, me, words);
  return r ? t.t(lang, r.key, r.vars) : null;
}
