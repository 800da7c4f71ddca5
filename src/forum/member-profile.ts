import { isLanguage, LANGUAGES, type Language } from '../core/types.js';
import { isZone, zoneFromPlace } from '../core/places.js';
import { DEFAULT_TIMEZONE, zoneOf } from '../core/timezones.js';

/**
 * How the forum reaches one of its members, and in what words: the language they read, their
 * time zone (meeting times are shown in it) and the languages they can review a plan in. Members
 * are influencers and organisers, public figures of the forum, never followers: their profile is
 * keyed by their member key and holds their Telegram chat sealed (encrypted), never in clear.
 */
export interface MemberProfile {
  key: string;
  /** The member's Telegram chat id under the vault's cipher; absent until the bot has seen it. */
  sealed?: string;
  lang: Language;
  /** An IANA zone. */
  zone: string;
  /** Languages they can read a plan in well enough to approve its translation. */
  speaks: Language[];
  /** The name they chose to be shown by in the forum's records (a public figure's own choice); none by default. */
  name?: string;
  updatedAt: Date;
}

/** Member profiles. Implemented in src/db/member-profile-store.ts. */
export interface MemberProfileStore {
  get(key: string): Promise<MemberProfile | null>;
  /** Writes the whole profile (the member's own edits; a repeat writes the same). */
  put(profile: MemberProfile): Promise<void>;
  /** Deletes a profile (a member left or was removed): true for the call that deleted it. */
  remove(key: string): Promise<boolean>;
  list(): Promise<MemberProfile[]>;
}

/** Seals and opens a Telegram chat id (the AddressVault's cipher). */
export interface ChatSeal {
  seal(chatId: string): string;
  open(sealed: string): string;
}

const withName = (p: MemberProfile, name: string | null): MemberProfile => {
  const { name: _old, ...rest } = p;
  return name ? { ...rest, name } : rest;
};

/** What a member can change with /profile, parsed from their words. */
export type ProfileChange =
  | { field: 'lang'; lang: Language }
  | { field: 'zone'; zone: string }
  | { field: 'speaks'; speaks: Language[] }
  | { field: 'name'; name: string | null };

/** A display name as a member may set it: one line of at most 40 characters, no controls, no link. */
export function cleanDisplayName(text: string): string | null {
  const name = text.replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!name || [...name].length > 40 || /:\/\/|^[/@]/.test(name)) return null;
  return name;
}

const LANGUAGE_WORDS: Record<string, Language> = Object.fromEntries(LANGUAGES.map((l) => [l, l]));

/**
 * `/profile language ur`, `/profile zone Karachi` (a place, an IANA zone or an offset such as
 * UTC+5), `/profile speaks ur en ar`. Null when the words are none of these (or name an
 * unknown language or place).
 */
export function parseProfileChange(arg: string): ProfileChange | null {
  const [field, ...rest] = arg.trim().split(/\s+/);
  const value = rest.join(' ').trim();
  if (!field || !value || value.length > 80) return null;
  switch (field.toLowerCase()) {
    case 'name': {
      if (value === '-') return { field: 'name', name: null };
      const name = cleanDisplayName(value);
      return name ? { field: 'name', name } : null;
    }
    case 'language':
    case 'lang': {
      const lang = LANGUAGE_WORDS[value.toLowerCase()];
      return lang ? { field: 'lang', lang } : null;
    }
    case 'zone':
    case 'timezone':
    case 'tz': {
      const zone = zoneFromPlace(value);
      return zone && isZone(zone) ? { field: 'zone', zone } : null;
    }
    case 'speaks':
    case 'languages': {
      const words = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
      const speaks = [...new Set(words.map((w) => LANGUAGE_WORDS[w]))];
      return speaks.length && speaks.every((l): l is Language => Boolean(l)) ? { field: 'speaks', speaks } : null;
    }
    default:
      return null;
  }
}

/**
 * The forum's members' profiles: made the first time the bot hears from a member (or when an
 * organiser adds them by Telegram id), changed by the member, and gone when they leave.
 */
export class MemberProfiles {
  constructor(
    private readonly store: MemberProfileStore,
    private readonly chats: ChatSeal,
    /** The member keys of the forum right now (members who left have no say and get nothing). */
    private readonly currentMembers: () => Promise<Set<string>>,
    /** The first organisers' Telegram ids by member key (ADMIN_TELEGRAM_IDS), reachable without a profile. */
    private readonly bootstrap: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** A profile for a member from their first message: the language they write in, the zone it suggests. */
  static fresh(key: string, lang: Language, sealed?: string): MemberProfile {
    return { key, lang, zone: zoneOf(DEFAULT_TIMEZONE[lang]), speaks: [lang], updatedAt: new Date(), ...(sealed ? { sealed } : {}) };
  }

  get(key: string): Promise<MemberProfile | null> {
    return this.store.get(key);
  }

  /** Records how to reach a member (their chat id, sealed) unless it is known already; returns the profile. */
  async touch(key: string, chatId: string, lang: Language): Promise<MemberProfile> {
    const known = await this.store.get(key);
    if (known?.sealed) return known;
    const profile = known ? { ...known, sealed: this.chats.seal(chatId), updatedAt: new Date() } : MemberProfiles.fresh(key, lang, this.chats.seal(chatId));
    await this.store.put(profile);
    return profile;
  }

  /** Applies a member's change to their own profile. */
  async change(key: string, chatId: string, lang: Language, change: ProfileChange): Promise<MemberProfile> {
    const base = await this.touch(key, chatId, lang);
    const next: MemberProfile =
      change.field === 'lang'
        ? { ...base, lang: change.lang }
        : change.field === 'zone'
          ? { ...base, zone: change.zone }
          : change.field === 'speaks'
            ? { ...base, speaks: change.speaks }
            : withName(base, change.name);
    await this.store.put({ ...next, updatedAt: new Date() });
    return next;
  }

  /** Forgets a member's profile (they left or were removed). */
  async forget(key: string): Promise<void> {
    await this.store.remove(key);
  }

  /** The Telegram chat id to reach a member at, or null when the bot has never heard from them. */
  async chatOf(key: string): Promise<string | null> {
    const profile = await this.store.get(key);
    if (profile?.sealed) return this.chats.open(profile.sealed);
    return this.bootstrap.get(key) ?? null;
  }

  /**
   * Every current member with what is needed to write to them: their chat (null when
   * unreachable), language and zone (defaults for a member with no profile yet).
   */
  async reachable(): Promise<{ key: string; chatId: string | null; lang: Language; zone: string; speaks: Language[] }[]> {
    const [members, profiles] = await Promise.all([this.currentMembers(), this.store.list()]);
    const byKey = new Map(profiles.map((p) => [p.key, p]));
    return [...members].map((key) => {
      const p = byKey.get(key);
      const chatId = p?.sealed ? this.chats.open(p.sealed) : (this.bootstrap.get(key) ?? null);
      return { key, chatId, lang: p?.lang ?? 'en', zone: p?.zone ?? 'Etc/UTC', speaks: p?.speaks ?? [] };
    });
  }

  /** Display names by member key, for the members who chose one. */
  async names(): Promise<Map<string, string>> {
    return new Map((await this.store.list()).flatMap((p) => (p.name ? [[p.key, p.name] as const] : [])));
  }

  /** Keys of current members who speak a language (said so in /profile). */
  async speakers(lang: string): Promise<string[]> {
    if (!isLanguage(lang)) return [];
    const [members, profiles] = await Promise.all([this.currentMembers(), this.store.list()]);
    return profiles.filter((p) => members.has(p.key) && p.speaks.includes(lang)).map((p) => p.key);
  }
}
