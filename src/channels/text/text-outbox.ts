import { hasRtlLetter, layoutRightToLeft } from '../../core/bidi.js';
import type { VariantOutbox } from '../../core/flow/flow-runner.js';
import type { OutMessage } from '../../core/types.js';
import { renderTextMessage } from './render-text-message.js';

/** Sends one text to the outbox's chat and returns its message id; throws SendError. */
export type SendText = (text: string, opts: { preview: boolean }) => Promise<string>;

/** The locale variant of text channels: wording with typed words and numbers, no buttons. */
export const TEXT_LOCALE_VARIANT = 'whatsapp';

/**
 * The Outbox for one chat on a text channel (WhatsApp, the console). Messages are rendered as numbered text and
 * split at WhatsApp's limit; there are no edits in our use, so an edit (a ticked checklist)
 * sends the updated message anew, and a notice is a short message.
 */
export class TextOutbox implements VariantOutbox {
  readonly localeVariant = TEXT_LOCALE_VARIANT;

  constructor(private readonly sendText: SendText) {}

  async send(msg: OutMessage): Promise<{ messageId: string }> {
    let first: string | undefined;
    for (const part of renderTextMessage(msg)) {
      const id = await this.sendText(part, { preview: msg.preview === true });
      first ??= id;
    }
    return { messageId: first ?? '' };
  }

  async edit(_messageId: string, msg: OutMessage): Promise<void> {
    await this.send(msg);
  }

  async notice(text: string): Promise<void> {
    // A notice is one line in the reader's language: Arabic-script letters mean a right-to-left reader.
    await this.sendText(hasRtlLetter(text) ? layoutRightToLeft(text) : text, { preview: false });
  }
}
