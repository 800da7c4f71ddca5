import type { Context } from 'grammy';
import { cleanInboundText } from '../../core/clean-text.js';
import type { InboundEvent } from '../../core/types.js';

/** Largest plan file read (a plan in seven languages is some 20-60 KB; Telegram's own limit is 20 MB). */
export const MAX_PLAN_DOCUMENT_BYTES = 256 * 1024;

/** Commands a plan file may be sent with (as its caption); a .yaml file without a caption is proposed. */
const FILE_COMMANDS = new Set(['propose', 'validate']);

interface DocumentDeps {
  organiser: boolean;
  token: string;
  apiRoot?: string;
  fetch?: typeof fetch;
}

/** The command a document's caption names (or `propose` for a bare .yaml file); null: not a plan file. */
function fileCommand(ctx: Context, botUsername: string | undefined): string | null {
  const doc = ctx.message?.document;
  if (!doc) return null;
  const caption = cleanInboundText(ctx.message?.caption ?? '').trim();
  const m = /^\/([A-Za-z]{1,32})(?:@([A-Za-z0-9_]{3,64}))?\s*$/.exec(caption);
  if (m) {
    if (m[2] && botUsername && m[2].toLowerCase() !== botUsername.toLowerCase()) return null;
    const name = m[1]!.toLowerCase();
    return FILE_COMMANDS.has(name) ? name : null;
  }
  return !caption && /\.ya?ml$/i.test(doc.file_name ?? '') ? 'propose' : null;
}

/**
 * A document sent with `/proposal <meeting> <title>` and its text as the caption: a member's
 * paper for the agenda. Nothing is downloaded: Telegram keeps the file, and only its id and a
 * plain name are passed on. Null for any other message.
 */
export function proposalDocumentEvent(ctx: Context, botUsername: string | undefined): InboundEvent | null {
  const doc = ctx.message?.document;
  if (!doc) return null;
  const caption = cleanInboundText(ctx.message?.caption ?? '').trim();
  const m = /^\/proposal(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/i.exec(caption);
  if (!m || (m[1] && botUsername && m[1].toLowerCase() !== botUsername.toLowerCase())) return null;
  const name = cleanInboundText(doc.file_name ?? '').replace(/[\p{Cc}/\\]/gu, '').trim().slice(0, 80) || 'document';
  return { kind: 'command', name: 'proposal', arg: (m[2] ?? '').trim(), file: { id: doc.file_id, name } };
}

/**
 * A plan's YAML sent as a document (Telegram cuts a pasted text at 4,096 characters, and a
 * plan in seven languages is longer): `/propose` or `/validate` as its caption, or a bare .yaml
 * file. Only an organiser's file is downloaded, and only up to MAX_PLAN_DOCUMENT_BYTES; anyone
 * else gets the command's own "organisers only" answer. Null for any other message.
 */
export async function planDocumentEvent(ctx: Context, botUsername: string | undefined, deps: DocumentDeps): Promise<InboundEvent | null> {
  const name = fileCommand(ctx, botUsername);
  const doc = ctx.message?.document;
  if (!name || !doc) return null;
  if (!deps.organiser) return { kind: 'command', name, arg: '' };
  if ((doc.file_size ?? 0) > MAX_PLAN_DOCUMENT_BYTES) return { kind: 'unreadable', what: 'too-long' };
  const file = await ctx.api.getFile(doc.file_id);
  if (!file.file_path || (file.file_size ?? 0) > MAX_PLAN_DOCUMENT_BYTES) return { kind: 'unreadable', what: 'too-long' };
  const url = `${deps.apiRoot ?? 'https://api.telegram.org'}/file/bot${deps.token}/${file.file_path}`;
  const res = await (deps.fetch ?? fetch)(url);
  if (!res.ok) throw new Error(`plan file download failed: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_PLAN_DOCUMENT_BYTES) return { kind: 'unreadable', what: 'too-long' };
  const text = cleanInboundText(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  return { kind: 'command', name, arg: text.trim() };
}
