/** A short, non-reversible tag for logs: the first 10 characters of an address hash. */
export function logTag(hash: string): string {
  return hash.slice(0, 10);
}
