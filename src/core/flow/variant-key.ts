import type { Translator } from '../translator.js';
import type { Outbox } from '../types.js';

/**
 * An outbox whose channel words things differently (WhatsApp and the console have no buttons
 * and no slash commands): locale lookups try `<key>-<localeVariant>` first.
 */
export interface VariantOutbox extends Outbox {
  readonly localeVariant?: string;
}

/** The key to translate for this outbox: its channel's variant of `key` when one exists, else `key`. */
export function variantKey(translator: Translator, outbox: Outbox, key: string): string {
  const variant = (outbox as VariantOutbox).localeVariant;
  if (!variant) return key;
  const candidate = `${key}-${variant}`;
  return translator.has('en', candidate) ? candidate : key;
}
