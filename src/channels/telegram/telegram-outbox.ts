import { hasRtlLetter } from '../../core/bidi.js';
import { GrammyError, HttpError, InputFile, type Api } from 'grammy';
import { SendError, type Outbox, type OutMessage } from '../../core/types.js';
import { renderTelegramMessage } from './render-telegram-message.js';

/** Maps a Bot API failure to our SendError, keeping the cause. */
export function toSendError(err: unknown, recipient: string): SendError {
  if (err instanceof GrammyError) {
    if (err.error_code === 403) return new SendError('telegram', recipient, 'blocked', undefined, { cause: err });
    if (err.error_code === 429)
      return new SendError('telegram', recipient, 'rate_limited', err.parameters.retry_after ?? 1, { cause: err });
    if (err.error_code === 400) return new SendError('telegram', recipient, 'bad_request', undefined, { cause: err });
    return new SendError('telegram', recipient, 'unknown', undefined, { cause: err });
  }
  if (err instanceof HttpError) return new SendError('telegram', recipient, 'network', undefined, { cause: err });
  return new SendError('telegram', recipient, 'unknown', undefined, { cause: err });
}

/** Sends one neutral message to a Telegram chat; returns the new message id. */
export async function sendTelegramMessage(api: Api, chatId: string, msg: OutMessage, extra: { allow_paid_broadcast?: boolean } = {}): Promise<string> {
  if (msg.image) {
    const r = await api.sendPhoto(chatId, new InputFile(msg.image.png, msg.image.filename), {
      caption: msg.text.slice(0, 1024),
      ...extra,
    });
    return String(r.message_id);
  }
  if (msg.telegramFile) {
    const r = await api.sendDocument(chatId, msg.telegramFile.fileId, { caption: msg.text.slice(0, 1024), ...extra });
    return String(r.message_id);
  }
  if (msg.document) {
    const r = await api.sendDocument(chatId, new InputFile(msg.document.data, msg.document.filename), {
      caption: msg.text.slice(0, 1024),
      ...extra,
    });
    return String(r.message_id);
  }
  const rendered = renderTelegramMessage(msg);
  const r = await api.sendMessage(chatId, rendered.text, {
    reply_markup: rendered.reply_markup,
    link_preview_options: rendered.link_preview_options,
    ...extra,
  });
  return String(r.message_id);
}

/** The Outbox for one Telegram chat during one update (answers the tapped button once). */
export class TelegramOutbox implements Outbox {
  #answered = false;

  constructor(
    private readonly api: Api,
    private readonly chatId: string,
    private readonly recipientTag: string,
    private readonly callbackQueryId?: string,
  ) {}

  async send(msg: OutMessage): Promise<{ messageId: string }> {
    try {
      return { messageId: await sendTelegramMessage(this.api, this.chatId, msg) };
    } catch (err) {
      throw toSendError(err, this.recipientTag);
    }
  }

  async edit(messageId: string, msg: OutMessage): Promise<void> {
    const rendered = renderTelegramMessage(msg);
    try {
      await this.api.editMessageText(this.chatId, Number(messageId), rendered.text, {
        reply_markup: rendered.reply_markup,
        link_preview_options: rendered.link_preview_options,
      });
    } catch (err) {
      // Telegram refuses an edit that changes nothing (a double tap): that is success for us.
      if (err instanceof GrammyError && err.description.includes('message is not modified')) return;
      throw toSendError(err, this.recipientTag);
    }
  }

  async notice(text: string): Promise<void> {
    if (this.callbackQueryId && !this.#answered) {
      this.#answered = true;
      await this.api.answerCallbackQuery(this.callbackQueryId, { text: text.slice(0, 200) }).catch(() => undefined);
      return;
    }
    await this.send({ text, rtl: hasRtlLetter(text) });
  }

  /** Answers the tapped button (silently) if nothing else did, so the client stops its spinner. */
  async finish(): Promise<void> {
    if (this.callbackQueryId && !this.#answered) {
      this.#answered = true;
      await this.api.answerCallbackQuery(this.callbackQueryId).catch(() => undefined);
    }
  }
}
