import type { ForumMember, MemberStore } from './forum-types.js';

/**
 * Who may approve: the organisers in the database plus ADMIN_TELEGRAM_IDS (the first
 * organisers, for bootstrapping). The one check chat, the telegram channel and the CLIs use.
 */
export class OrganiserDirectory {
  readonly #bootstrapKeys: ReadonlySet<string>;

  constructor(
    private readonly members: MemberStore,
    private readonly bootstrapIds: readonly string[],
    /** A Telegram user id to its member key (the keyed hash organisers are stored as). */
    readonly keyOf: (telegramUserId: string) => string,
  ) {
    this.#bootstrapKeys = new Set(bootstrapIds.map(keyOf));
  }

  /** True for a bootstrap organiser or a member stored as organiser. */
  async isOrganiser(telegramUserId: string): Promise<boolean> {
    if (this.bootstrapIds.includes(telegramUserId)) return true;
    return (await this.members.get(this.keyOf(telegramUserId)))?.role === 'organiser';
  }

  /** The same check in the shape the telegram channel asks with (a Set has it too). */
  has(telegramUserId: string): Promise<boolean> {
    return this.isOrganiser(telegramUserId);
  }

  isBootstrap(key: string): boolean {
    return this.#bootstrapKeys.has(key);
  }

  /** A member, bootstrap organisers included (they need no record). */
  async member(key: string): Promise<ForumMember | null> {
    const stored = await this.members.get(key);
    if (stored) return stored;
    return this.#bootstrapKeys.has(key) ? { key, role: 'organiser', codes: [], addedAt: new Date(0) } : null;
  }

  /** Keys of every member, split by who may approve. */
  async keys(): Promise<{ organisers: Set<string>; members: Set<string> }> {
    const stored = await this.members.list();
    const organisers = new Set([...this.#bootstrapKeys, ...stored.filter((m) => m.role === 'organiser').map((m) => m.key)]);
    return { organisers, members: new Set([...organisers, ...stored.map((m) => m.key)]) };
  }
}
