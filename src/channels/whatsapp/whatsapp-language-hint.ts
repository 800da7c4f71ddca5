import type { Language } from '../../core/types.js';
import { languageHintFromPhoneNumber } from '../text/phone-language-hint.js';

/**
 * A first guess at a new follower's language from their WhatsApp id ("<digits>@c.us"), whose
 * digits are their phone number. Ids of the newer "@lid" form carry no number and give no hint.
 */
export function languageHintFromWhatsAppId(chatId: string): Language | undefined {
  const m = /^(\d+)@c\.us$/.exec(chatId);
  return m ? languageHintFromPhoneNumber(m[1]!) : undefined;
}
