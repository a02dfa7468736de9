/**
 * gzip through the Compression Streams API (browsers and Node 20). An export is compressed before
 * it is encrypted: ledgers are repetitive text, and a 20,000-cadre file shrinks about tenfold.
 * Text goes in and comes out in slices, so tens of megabytes never sit in one buffer twice
 * (large buffers make the garbage collector walk a big heap again and again).
 */

/** Characters per slice of text fed to the encoder. */
const SLICE = 1 << 20;

async function collectBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function streamOf<T>(parts: Iterable<T>): ReadableStream<T> {
  return new ReadableStream<T>({
    start(controller) {
      for (const p of parts) controller.enqueue(p);
      controller.close();
    },
  });
}

/** A text's UTF-8 in slices; a slice never ends between the two halves of a surrogate pair. */
function* utf8Slices(text: string): Iterable<Uint8Array> {
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + SLICE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield encoder.encode(text.slice(i, end));
    i = end;
  }
}

/** The gzip of a text's UTF-8. */
export async function gzipText(text: string): Promise<Uint8Array> {
  return collectBytes(streamOf(utf8Slices(text)).pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>));
}

/** The gzip of bytes. */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return collectBytes(streamOf([bytes]).pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>));
}

/**
 * The UTF-8 text inside gzip data: 'too-large' past `maxBytes` decompressed, 'corrupt' when the
 * data is not gzip or not UTF-8.
 */
export async function gunzipText(bytes: Uint8Array, maxBytes: number): Promise<string | 'too-large' | 'corrupt'> {
  try {
    const reader = streamOf([bytes])
      .pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
      .getReader();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const parts: string[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
    return parts.join('');
  } catch {
    return 'corrupt';
  }
}
