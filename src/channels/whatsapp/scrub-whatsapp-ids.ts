/**
 * Removes phone numbers and WhatsApp ids from a text. whatsapp-web.js errors come from the page
 * and may name the chat ("No LID for user 4477…@c.us"); they are logged and stored as delivery
 * reasons, so they pass through here first.
 */
export function scrubWhatsAppIds(text: string): string {
  return text.replace(/\+?\d[\d\s-]{4,}\d(@[a-z.]+)?|[\w.-]+@(c\.us|lid|g\.us|s\.whatsapp\.net)/gi, '[id]');
}

/** An error reduced to what is safe to log: name, a scrubbed message, and its code. */
export function describeWhatsAppError(err: unknown): { name: string; message: string; code?: unknown } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { name: err.name, message: scrubWhatsAppIds(err.message).slice(0, 300), ...(code !== undefined ? { code } : {}) };
  }
  return { name: 'non-error', message: scrubWhatsAppIds(String(err)).slice(0, 300) };
}
