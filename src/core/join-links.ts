import type { ChannelName } from './types.js';

/** Builds the links that bring someone into an influencer's audience. */
export interface JoinLinks {
  /** `https://t.me/<bot>?start=<code>`, or null when Telegram is not configured. */
  telegram(code: string): string | null;
  /** `https://wa.me/<number>?text=<phrase> <code>`, or null when WhatsApp is not configured. */
  whatsapp(code: string): string | null;
  /** The link for the channel a follower uses, falling back to the other one. */
  forChannel(channel: ChannelName, code: string): string | null;
}

/** The word a WhatsApp join message starts with; the code follows it. */
export const WHATSAPP_JOIN_PHRASE = 'join';

export function joinLinks(opts: { botUsername?: string; whatsappNumber?: string }): JoinLinks {
  const links: JoinLinks = {
    // An empty code (a follower who came in directly) gives the plain link to the bot.
    telegram: (code) =>
      opts.botUsername ? `https://t.me/${opts.botUsername}${code ? `?start=${encodeURIComponent(code)}` : ''}` : null,
    whatsapp: (code) =>
      opts.whatsappNumber
        ? `https://wa.me/${opts.whatsappNumber}?text=${encodeURIComponent(code ? `${WHATSAPP_JOIN_PHRASE} ${code}` : WHATSAPP_JOIN_PHRASE)}`
        : null,
    forChannel: (channel, code) =>
      channel === 'whatsapp' ? (links.whatsapp(code) ?? links.telegram(code)) : (links.telegram(code) ?? links.whatsapp(code)),
  };
  return links;
}
