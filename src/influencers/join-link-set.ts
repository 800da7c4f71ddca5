import QRCode from 'qrcode';
import type { JoinLinks } from '../core/join-links.js';

/** An influencer's links: the main ones and one per topic, for each configured channel. */
export interface JoinLinkSet {
  telegram: string | null;
  whatsapp: string | null;
  perTopic: { topic: string; telegram: string | null; whatsapp: string | null }[];
}

/** Builds every join link of an audience code (`code` and `code-<topic>`). */
export function joinLinkSet(links: JoinLinks, code: string, topics: readonly string[]): JoinLinkSet {
  return {
    telegram: links.telegram(code),
    whatsapp: links.whatsapp(code),
    perTopic: topics.map((topic) => ({ topic, telegram: links.telegram(`${code}-${topic}`), whatsapp: links.whatsapp(`${code}-${topic}`) })),
  };
}

/** A QR code of a link as PNG, large and with a quiet zone, so a phone reads it off a video frame. */
export async function qrPng(link: string): Promise<Uint8Array> {
  const buf = await QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 600 });
  return new Uint8Array(buf);
}
