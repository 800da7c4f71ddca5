import type { ChoiceHandler, CommandContext, CommandHandler } from './command-context.js';

/**
 * A family of buttons owned by one feature, recognised by the start of their token. Prefixes end
 * with a dot, which the flows' random tokens (base64url) never contain, so the two never meet.
 */
export interface ButtonFamily {
  prefix: string;
  handle: ChoiceHandler;
}

/** A part of /help for some people: the locale key of the section, or null when it is not theirs. */
export type HelpSection = (ctx: CommandContext) => string | null | Promise<string | null>;

/**
 * Input no command or button family took (a typed answer, a flow's button), offered to a
 * conversation the feature keeps apart from the follower flows (a member's plan draft): true
 * when the feature took it. Offered before the follower's own flow.
 */
export type ConversationHook = (ctx: CommandContext) => Promise<boolean>;

/**
 * What a feature brings to the chat, declared rather than installed: its commands, its button
 * families and its /help section. src/app.ts lists the features once, in order; the core
 * builds its routes from that list and refuses duplicates at start.
 */
export interface Feature {
  /** Named in conflict messages. */
  name: string;
  commands?: Readonly<Record<string, CommandHandler>>;
  buttons?: readonly ButtonFamily[];
  help?: HelpSection;
  conversation?: ConversationHook;
}

/** Two features claim the same command or overlapping button prefixes. */
export class FeatureConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeatureConflictError';
  }
}

/** The routes the core dispatches on, built once from the feature list. */
export interface Routes {
  commands: ReadonlyMap<string, CommandHandler>;
  buttons: readonly ButtonFamily[];
  help: readonly HelpSection[];
  conversations: readonly ConversationHook[];
}

const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const BUTTON_PREFIX = /^[A-Za-z0-9_-]{1,8}\.$/;

/** Builds the routes; throws FeatureConflictError naming both features on any clash. */
export function routeFeatures(features: readonly Feature[]): Routes {
  const commands = new Map<string, CommandHandler>();
  const commandOwner = new Map<string, string>();
  const buttons: (ButtonFamily & { owner: string })[] = [];
  const names = new Set<string>();
  for (const feature of features) {
    if (names.has(feature.name)) throw new FeatureConflictError(`feature "${feature.name}" is listed twice`);
    names.add(feature.name);
    for (const [name, handler] of Object.entries(feature.commands ?? {})) {
      if (!COMMAND_NAME.test(name)) throw new FeatureConflictError(`feature "${feature.name}": "${name}" is not a command name (a-z, 0-9, _)`);
      const owner = commandOwner.get(name);
      if (owner) throw new FeatureConflictError(`command /${name} is declared by both "${owner}" and "${feature.name}"`);
      commands.set(name, handler);
      commandOwner.set(name, feature.name);
    }
    for (const family of feature.buttons ?? []) {
      if (!BUTTON_PREFIX.test(family.prefix)) {
        throw new FeatureConflictError(`feature "${feature.name}": button prefix "${family.prefix}" must be 1-8 letters or digits and a dot`);
      }
      const clash = buttons.find((b) => b.prefix.startsWith(family.prefix) || family.prefix.startsWith(b.prefix));
      if (clash) {
        throw new FeatureConflictError(`button prefix "${family.prefix}" of "${feature.name}" overlaps "${clash.prefix}" of "${clash.owner}"`);
      }
      buttons.push({ ...family, owner: feature.name });
    }
  }
  const help = features.flatMap((f) => (f.help ? [f.help] : []));
  const conversations = features.flatMap((f) => (f.conversation ? [f.conversation] : []));
  return { commands, buttons: buttons.map(({ prefix, handle }) => ({ prefix, handle })), help, conversations };
}

/**
 * Collects a feature's parts while its file is read top to bottom, for features whose commands
 * share local helpers; `build()` hands the declaration over. A name used twice fails at once.
 */
export function declareFeature(name: string): {
  command(command: string, handler: CommandHandler): void;
  button(prefix: string, handle: ChoiceHandler): void;
  help(section: HelpSection): void;
  conversation(hook: ConversationHook): void;
  build(): Feature;
} {
  const commands: Record<string, CommandHandler> = {};
  const buttons: ButtonFamily[] = [];
  let help: HelpSection | undefined;
  let conversation: ConversationHook | undefined;
  return {
    command(command, handler) {
      if (Object.hasOwn(commands, command)) throw new FeatureConflictError(`feature "${name}" declares /${command} twice`);
      commands[command] = handler;
    },
    button(prefix, handle) {
      buttons.push({ prefix, handle });
    },
    help(section) {
      help = section;
    },
    conversation(hook) {
      conversation = hook;
    },
    build: () => ({ name, commands, buttons, ...(help ? { help } : {}), ...(conversation ? { conversation } : {}) }),
  };
}
