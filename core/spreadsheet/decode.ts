/**
 * The text of a CSV file. Offices save CSV from Excel in GBK (the Chinese Windows code page) as
 * often as in UTF-8, without saying which: a strict UTF-8 decoding fails on GBK bytes, so it
 * decides; a byte-order mark decides first.
 */

export type TextEncoding = 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Decodes CSV bytes: BOM if any, else UTF-8 if the bytes are valid UTF-8, else GBK. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    // TextDecoder drops a UTF-8 BOM itself
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}
