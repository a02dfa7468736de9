/** Base64 (RFC 4648, with padding) for the binary fields of an export file, in browsers and Node. */

/** bytes per String.fromCharCode call: well below any engine's limit on arguments */
const CHUNK = 0x2000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function toBase64(bytes: Uint8Array): string {
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
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
