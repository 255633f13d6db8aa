/**
 * zlib deflate with the browser's (and Node's) native streams. zlib carries an Adler-32 checksum of
 * the uncompressed bytes, so a corrupted or truncated payload fails to inflate rather than turning
 * into something else. Inflating stops as soon as the output passes a limit (no zip bombs).
 */

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-large'; message: string };

export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
    reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => {});
        return { ok: false, reason: 'too-large', message: `it unpacks to more than ${maxBytes} bytes` };
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return { ok: true, bytes: out };
  } catch {
    void reader?.cancel().catch(() => {});
    return {
      ok: false,
      reason: 'corrupt',
      message: 'its data is damaged or cut short (the checksum does not match)',
    };
  }
}
