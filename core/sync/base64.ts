/** Base64 (RFC 4648, with padding) for the binary fields of an export file, in browsers and Node. */

/** bytes per String.fromCharCode call: well below any engine's limit on arguments */
const CHUNK = 0x2000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The engine's own base64 (Chromium 140+, Firefox 133+; Node 20 lacks it): a multi-megabyte
 * ciphertext in one native call instead of a byte loop.
 */
const native = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
const nativeTo = Uint8Array.prototype as unknown as { toBase64?: () => string };

export function toBase64(bytes: Uint8Array): string {
  if (typeof nativeTo.toBase64 === 'function') return nativeTo.toBase64.call(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return btoa(parts.join(''));
}

/** The bytes of a base64 text, or null when it is not base64 (padded). */
export function fromBase64(text: string): Uint8Array | null {
  // a plain character class: linear on a multi-megabyte ciphertext
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  let binary: string;
  try {
    if (native.fromBase64) return native.fromBase64(text);
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
