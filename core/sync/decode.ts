import { fromBase64 } from './base64';
import { gunzipText } from './compress';
import { readContent, type SyncContent } from './content';
import { decryptBytes, deriveKeys, sameBytes } from './crypto';
import { fail, ok, type SyncResult } from './errors';
import { findForbiddenKey, mayHoldForbiddenKey } from './forbidden-keys';
import { headerBytes, KDF_NAME, SYNC_FORMAT, SYNC_FORMAT_VERSION, syncHeader, type SyncHeader } from './header';
import { RECORD_KINDS } from './kinds';
import { DEFAULT_LIMITS, IV_BYTES, KDF_MAX_ITERATIONS, KDF_MIN_ITERATIONS, SALT_BYTES, type SyncLimits } from './limits';

export interface DecodedFile {
  header: SyncHeader;
  content: SyncContent;
}

export interface DecodeOptions {
  /** needed for an encrypted file */
  passphrase?: string;
  limits?: SyncLimits;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Our files start with the format name, so a cut-off file that no longer parses is still recognised. */
const LOOKS_LIKE_OURS = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${SYNC_FORMAT}"`);

/**
 * Reads the header of an export file without decrypting anything: what the options page needs
 * to know whether to ask for a passphrase. The same checks as `decodeSyncFile`, in the same order.
 */
export function readSyncHeader(text: string, limits: SyncLimits = DEFAULT_LIMITS): SyncResult<{ header: SyncHeader; raw: Record<string, unknown> }> {
  if (text.length > limits.maxFileChars) return fail('too-large', [Math.round(limits.maxFileChars / 1024 / 1024)]);
  if (text.trim() === '') return fail('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return LOOKS_LIKE_OURS.test(text.slice(0, 200)) ? fail('truncated') : fail('not-carefill');
  }
  if (!isPlainObject(raw) || raw.format !== SYNC_FORMAT) return fail('not-carefill');
  const forbidden = mayHoldForbiddenKey(text) ? findForbiddenKey(raw) : null;
  if (forbidden) return fail('forbidden-key', [forbidden]);
  const version = raw.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SYNC_FORMAT_VERSION)
    return fail('newer-version', [version, typeof raw.appVersion === 'string' ? raw.appVersion.slice(0, 30) : '?']);
  const kdfProblem = kdfBoundsProblem(raw.encryption);
  if (kdfProblem) return fail('kdf-bounds', [kdfProblem]);
  const candidate: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (key !== 'ciphertext' && key !== 'content') candidate[key] = raw[key];
  const parsed = syncHeader.safeParse(candidate);
  if (!parsed.success) return fail('header-invalid', [parsed.error.issues[0]?.path.join('.') ?? '']);
  const header = parsed.data;
  for (const kind of RECORD_KINDS) if (header.counts[kind] > limits.maxRecords[kind]) return fail('too-many', [kind, limits.maxRecords[kind]]);
  const encrypted = header.encryption !== null;
  if (encrypted !== (typeof raw.ciphertext === 'string') || encrypted === Object.hasOwn(raw, 'content'))
    return fail('header-invalid', [encrypted ? 'ciphertext' : 'content']);
  return ok({ header, raw });
}

/**
 * The KDF parameters are checked on their own, before the header schema and long before any key
 * is derived: a hostile file must not make the import spin (Bitwarden's lesson). Returns what is
 * wrong, or null.
 */
function kdfBoundsProblem(encryption: unknown): string | null {
  if (encryption === null || encryption === undefined) return null;
  if (!isPlainObject(encryption) || !isPlainObject(encryption.kdf)) return 'kdf';
  const { name, iterations, salt } = encryption.kdf;
  if (name !== KDF_NAME) return `kdf.name ${typeof name === 'string' ? name.slice(0, 30) : typeof name}`;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < KDF_MIN_ITERATIONS || iterations > KDF_MAX_ITERATIONS)
    return `kdf.iterations ${String(iterations).slice(0, 30)}`;
  if (typeof salt !== 'string' || fromBase64(salt)?.length !== SALT_BYTES) return 'kdf.salt';
  return null;
}

/**
 * Reads an export file completely: header, decryption, content and its envelopes. Never throws;
 * every refusal is a `SyncFailure` with its own message. Nothing is trusted before it is checked,
 * and nothing costly happens before what bounds its cost is checked.
 */
export async function decodeSyncFile(text: string, options: DecodeOptions = {}): Promise<SyncResult<DecodedFile>> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    const head = readSyncHeader(text, limits);
    if (!head.ok) return head;
    const { header, raw } = head.value;
    let content: unknown = raw.content;
    if (header.encryption) {
      const opened = await openCiphertext(header, String(raw.ciphertext), options.passphrase, limits);
      if (!opened.ok) return opened;
      content = opened.value;
    }
    const read = readContent(content, header, limits);
    return read.ok ? ok({ header, content: read.value }) : read;
  } catch {
    // an engine limit (out of memory on a huge string ...): still a refusal, never a crash
    return fail('damaged');
  }
}

async function openCiphertext(header: SyncHeader, ciphertextB64: string, passphrase: string | undefined, limits: SyncLimits): Promise<SyncResult<unknown>> {
  const encryption = header.encryption!;
  if (!passphrase) return fail('passphrase-required');
  const ciphertext = fromBase64(ciphertextB64);
  const salt = fromBase64(encryption.kdf.salt);
  const iv = fromBase64(encryption.cipher.iv);
  const keyCheck = fromBase64(encryption.keyCheck);
  // the tag alone is 16 bytes
  if (!ciphertext || ciphertext.length < 16) return fail('tampered');
  if (!salt || !iv || iv.length !== IV_BYTES || salt.length !== SALT_BYTES || !keyCheck) return fail('header-invalid', ['encryption']);
  const { key, check } = await deriveKeys(passphrase, salt, encryption.kdf.iterations);
  if (!sameBytes(check, keyCheck)) return fail('wrong-passphrase');
  const compressed = await decryptBytes(key, iv, ciphertext, headerBytes(header));
  if (!compressed) return fail('tampered');
  const json = await gunzipText(compressed, limits.maxContentBytes);
  if (json === 'too-large') return fail('too-large', [Math.round(limits.maxContentBytes / 1024 / 1024)]);
  if (json === 'corrupt') return fail('damaged');
  let content: unknown;
  try {
    content = JSON.parse(json);
  } catch {
    return fail('damaged');
  }
  const forbidden = mayHoldForbiddenKey(json) ? findForbiddenKey(content) : null;
  return forbidden ? fail('forbidden-key', [`content.${forbidden}`]) : ok(content);
}
