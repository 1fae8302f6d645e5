import { textHash } from '../textHash';

/**
 * A short, stable hash of a string (cyrb53, base 36): enough to tell whether two inputs are the
 * same, for HR's own release register. Not a cryptographic hash and not published.
 */
export function fingerprint(text: string): string {
  return textHash(text).toString(36);
}
