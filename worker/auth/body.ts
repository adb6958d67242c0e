// Reading request bodies with a size cap, before and after gzip decompression, so an
// oversized or zip-bomb upload is refused without being held in memory whole.

import { Problem } from '../routes/problem.ts';

async function collect(stream: ReadableStream<Uint8Array>, cap: number, what: string): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw new Problem(
        'payloadTooLarge',
        `The ${what} is larger than ${cap} bytes. Split the register or remove deleted holdings from the retention log.`,
        { limitBytes: cap },
      );
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

export async function readBodyCapped(request: Request, cap: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > cap) {
    throw new Problem(
      'payloadTooLarge',
      `The request body is ${declared} bytes; at most ${cap} are accepted.`,
      {
        limitBytes: cap,
      },
    );
  }
  if (!request.body) return new Uint8Array(0);
  return collect(request.body, cap, 'request body');
}

export async function gunzipCapped(bytes: Uint8Array, cap: number): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  try {
    return await collect(stream, cap, 'decompressed snapshot');
  } catch (error) {
    if (error instanceof Problem) throw error;
    throw new Problem('bodyNotJson', 'The body is marked Content-Encoding: gzip but is not valid gzip data.');
  }
}
