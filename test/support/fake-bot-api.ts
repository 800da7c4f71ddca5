/**
 * An in-process fake of the Telegram Bot API, plugged into grammY through `client.fetch`.
 * It keeps each chat's messages (with edits), records every call, and can answer 429 (with
 * retry_after) or 403 the way Telegram does, on demand or when a rate is exceeded; it can also
 * have an outage (every send answered with a 5xx for a while) or fall silent (calls never
 * answered, until the caller gives up), measured on its own clock.
 */

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  at: number;
}

export interface FakeMessage {
  message_id: number;
  chatId: string;
  text: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data?: string; url?: string }[][] };
  kind: 'text' | 'photo' | 'document';
  file?: { filename: string; bytes: Uint8Array };
  edits: number;
  extra: Record<string, unknown>;
}

interface Failure {
  method: string;
  chatId?: string;
  code: number;
  description: string;
  retry_after?: number;
}

export interface FakeBotApiOptions {
  /** Delay before each answer, like a real network round trip. */
  latencyMs?: number;
  /** Keep messages and calls (turn off for benchmarks to keep memory flat). */
  record?: boolean;
  /** Answer 429 when more than this many sends happen within any second (Telegram's ~30/s). */
  globalPerSecond?: number;
  /** Answer 429 for a second send to one chat within this many ms (Telegram's 1/s per chat). */
  perChatIntervalMs?: number;
  /** Higher global limit for sends with allow_paid_broadcast. */
  paidPerSecond?: number;
  /** The clock outages and silences are measured on (a test's fake clock); Date.now by default. */
  now?: () => number;
}

const SEND_METHODS = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'copyMessage']);

export class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  readonly chats = new Map<string, FakeMessage[]>();
  readonly blocked = new Set<string>();
  /** Sends per chat id, even when not recording (to count duplicates). */
  readonly sendsPerChat = new Map<string, number>();
  counts = { total: 0, sends: 0, tooMany: 0, forbidden: 0, edits: 0, serverErrors: 0, unanswered: 0 };
  /** performance.now() of the first and last successful send (for steady-state rates). */
  firstSendAt = 0;
  lastSendAt = 0;
  readonly #failures: Failure[] = [];
  #nextId = 1000;
  readonly #window: number[] = [];
  readonly #paidWindow: number[] = [];
  readonly #lastSendAt = new Map<string, number>();
  readonly #updates: (Record<string, unknown> & { update_id: number })[] = [];
  readonly #pollers: (() => void)[] = [];
  #outage: { until: number; code: number; description: string } | null = null;
  /** Files users sent (documents), by file_id: served by getFile and the file download URL. */
  readonly #files = new Map<string, { path: string; body: Uint8Array }>();
  #silentUntil = 0;

  constructor(readonly options: FakeBotApiOptions = {}) {}

  readonly botInfo = {
    id: 42,
    is_bot: true as const,
    first_name: 'Forum',
    username: 'forum_test_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };

  /** The next call to `method` (for `chatId`, if given) fails with this Telegram error. */
  failNext(method: string, error: { code: number; description?: string; retry_after?: number }, chatId?: string): void {
    this.#failures.push({
      method,
      chatId,
      code: error.code,
      description: error.description ?? (error.code === 429 ? 'Too Many Requests: retry later' : 'Bad Request'),
      retry_after: error.retry_after,
    });
  }

  /** Every send until `until` (on the fake's clock) answers this error, as Telegram does in an outage. */
  failSendsUntil(until: number, code = 500, description = 'Internal Server Error'): void {
    this.#outage = { until, code, description };
  }

  /**
   * Every call but getUpdates made before `until` (on the fake's clock) gets no answer at all:
   * it hangs until the caller aborts it (grammY's timeout), and sends nothing.
   */
  silenceUntil(until: number): void {
    this.#silentUntil = until;
  }

  /** Queues an update for long polling (getUpdates), as Telegram would hold it for the bot. */
  pushUpdate(update: Record<string, unknown> & { update_id: number }): void {
    this.#updates.push(update);
    for (const wake of this.#pollers.splice(0)) wake();
  }

  /** Messages in a chat, oldest first. */
  messages(chatId: string | number): FakeMessage[] {
    return this.chats.get(String(chatId)) ?? [];
  }

  /** Calls of one method. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /**
   * A file a user sends (a document), as Telegram keeps it: getFile gives its path, and
   * `<apiRoot>/file/bot<token>/<path>` its bytes. Returns the message's `document` field.
   */
  addFile(body: string | Uint8Array, fileName: string, mimeType = 'application/x-yaml') {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    const id = `file-${this.#files.size + 1}`;
    this.#files.set(id, { path: `documents/${id}-${fileName}`, body: bytes });
    return { file_id: id, file_unique_id: `u-${id}`, file_name: fileName, mime_type: mimeType, file_size: bytes.length };
  }

  /** The function to give grammY as `client.fetch`. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    const download = /\/file\/bot[^/]+\/(.+)$/.exec(url);
    if (download) {
      this.calls.push({ method: 'file', payload: { path: download[1] }, at: Date.now() });
      const file = [...this.#files.values()].find((f) => f.path === download[1]);
      return file ? new Response(file.body, { status: 200 }) : new Response('Not Found', { status: 404 });
    }
    const method = url.slice(url.lastIndexOf('/') + 1);
    const payload = await readPayload(init);
    if (method === 'getUpdates') return json(await this.#getUpdates(payload));
    if (this.#now() < this.#silentUntil) return this.#hang(init?.signal ?? undefined);
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    return json(this.#answer(method, payload));
  };

  #now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** A request that is never answered: it ends only when its signal aborts. */
  #hang(signal: AbortSignal | undefined): Promise<Response> {
    this.counts.unanswered++;
    return new Promise((_, reject) => {
      const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
    });
  }

  #answer(method: string, payload: Record<string, unknown>): unknown {
    this.counts.total++;
    const chatId = payload.chat_id === undefined ? undefined : String(payload.chat_id);
    if (this.options.record !== false) this.calls.push({ method, payload, at: Date.now() });
    if (this.#outage && SEND_METHODS.has(method) && this.#now() < this.#outage.until) {
      this.counts.serverErrors++;
      return errorBody(this.#outage.code, this.#outage.description);
    }
    const failure = this.#failures.findIndex((f) => f.method === method && (!f.chatId || f.chatId === chatId));
    if (failure >= 0) {
      const [f] = this.#failures.splice(failure, 1);
      if (f!.code === 429) this.counts.tooMany++;
      return errorBody(f!.code, f!.description, f!.retry_after);
    }
    if (SEND_METHODS.has(method) || method === 'editMessageText') {
      if (chatId && this.blocked.has(chatId)) {
        this.counts.forbidden++;
        return errorBody(403, 'Forbidden: bot was blocked by the user');
      }
    }
    if (SEND_METHODS.has(method) && chatId) {
      const limited = this.#rateLimited(chatId, payload.allow_paid_broadcast === true);
      if (limited) {
        this.counts.tooMany++;
        return errorBody(429, `Too Many Requests: retry after ${limited}`, limited);
      }
    }
    switch (method) {
      case 'getMe':
        return ok(this.botInfo);
      case 'sendMessage':
      case 'sendPhoto':
      case 'sendDocument':
        return ok(this.#store(method, chatId!, payload));
      case 'editMessageText':
      case 'editMessageReplyMarkup':
        return this.#edit(chatId!, Number(payload.message_id), payload, method === 'editMessageText');
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
      case 'deleteMessage':
        return ok(true);
      case 'getUpdates':
        return ok([]);
      case 'getFile': {
        const file = this.#files.get(String(payload.file_id));
        if (!file) return errorBody(400, 'Bad Request: invalid file_id');
        return ok({ file_id: payload.file_id, file_unique_id: `u-${String(payload.file_id)}`, file_size: file.body.length, file_path: file.path });
      }
      default:
        return errorBody(404, `Not Found: method ${method} not in fake`);
    }
  }

  /** Long polling: the queued updates from `offset` on, or after a short wait for one. */
  async #getUpdates(payload: Record<string, unknown>): Promise<unknown> {
    const offset = Number(payload.offset ?? 0);
    while (this.#updates.length && this.#updates[0]!.update_id < offset) this.#updates.shift();
    if (!this.#updates.length) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.#pollers.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return { ok: true, result: this.#updates.filter((u) => u.update_id >= offset).slice(0, Number(payload.limit ?? 100)) };
  }

  #rateLimited(chatId: string, paid: boolean): number | undefined {
    const now = Date.now();
    const { globalPerSecond, perChatIntervalMs, paidPerSecond } = this.options;
    if (perChatIntervalMs) {
      const last = this.#lastSendAt.get(chatId);
      if (last !== undefined && now - last < perChatIntervalMs) return 1;
    }
    const window = paid ? this.#paidWindow : this.#window;
    const limit = paid ? paidPerSecond : globalPerSecond;
    if (limit) {
      while (window.length && now - window[0]! >= 1000) window.shift();
      if (window.length >= limit) return 1;
      window.push(now);
    }
    if (perChatIntervalMs) this.#lastSendAt.set(chatId, now);
    return undefined;
  }

  #store(method: string, chatId: string, payload: Record<string, unknown>): Record<string, unknown> {
    this.counts.sends++;
    this.lastSendAt = performance.now();
    if (!this.firstSendAt) this.firstSendAt = this.lastSendAt;
    this.sendsPerChat.set(chatId, (this.sendsPerChat.get(chatId) ?? 0) + 1);
    const id = this.#nextId++;
    const kind = method === 'sendPhoto' ? 'photo' : method === 'sendDocument' ? 'document' : 'text';
    const text = String(payload.text ?? payload.caption ?? '');
    if (this.options.record !== false) {
      const fileField = payload.photo ?? payload.document;
      const file = fileField instanceof FakeFile ? { filename: fileField.filename, bytes: fileField.bytes } : undefined;
      const { text: _t, caption: _c, chat_id: _id, reply_markup, ...extra } = payload;
      const msg: FakeMessage = {
        message_id: id,
        chatId,
        text,
        reply_markup: parseMarkup(reply_markup),
        kind,
        file,
        edits: 0,
        extra,
      };
      const list = this.chats.get(chatId) ?? [];
      list.push(msg);
      this.chats.set(chatId, list);
    }
    return { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: Number(chatId), type: 'private' }, text };
  }

  #edit(chatId: string, messageId: number, payload: Record<string, unknown>, withText: boolean): unknown {
    this.counts.edits++;
    const msg = this.messages(chatId).find((m) => m.message_id === messageId);
    if (!msg) return this.options.record === false ? ok(true) : errorBody(400, 'Bad Request: message to edit not found');
    const markup = parseMarkup(payload.reply_markup);
    const text = withText ? String(payload.text) : msg.text;
    if (text === msg.text && JSON.stringify(markup) === JSON.stringify(msg.reply_markup)) {
      return errorBody(400, 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same');
    }
    msg.text = text;
    msg.reply_markup = markup;
    msg.edits++;
    return ok({ message_id: messageId, chat: { id: Number(chatId), type: 'private' }, text });
  }
}

/** A file part of a multipart request. */
class FakeFile {
  constructor(
    readonly filename: string,
    readonly bytes: Uint8Array,
  ) {}
}

function parseMarkup(raw: unknown): FakeMessage['reply_markup'] {
  if (raw === undefined || raw === null) return undefined;
  const value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  return value?.inline_keyboard ? value : undefined;
}

async function readPayload(init?: RequestInit): Promise<Record<string, unknown>> {
  const body = init?.body as unknown;
  if (body === undefined || body === null) return {};
  if (typeof body === 'string') return JSON.parse(body);
  // grammY sends files as a multipart stream.
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(chunk);
  const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
  const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': headers.get('content-type') ?? '' } }).formData();
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') {
      out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
    } else {
      out[key] = new FakeFile(value.name, new Uint8Array(await value.arrayBuffer()));
    }
  }
  // grammY names the file part with a random id and points the field at attach://id.
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === 'string' && value.startsWith('attach://')) out[key] = out[value.slice('attach://'.length)];
  }
  return out;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

function ok(result: unknown) {
  return { ok: true, result };
}

function errorBody(code: number, description: string, retry_after?: number) {
  return { ok: false, error_code: code, description, ...(retry_after !== undefined ? { parameters: { retry_after } } : {}) };
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}
