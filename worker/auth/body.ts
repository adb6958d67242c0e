// Reading request bodies with a size cap, before and after gzip decompression, so an
// oversized or zip-bomb upload is refused without being held in memory whole. Gzip is inflated
// by fflate, fed at most 1 KiB at a time, counting the output as it is produced, and stopped
// at the first chunk that passes either the cap or a compression ratio no JSON snapshot
// reaches (MAX_INFLATE_RATIO): a bomb of zeros is refused after a few KiB of input and a few
// MiB of output, not after inflating up to the cap (the runtime's DecompressionStream inflates
// far ahead of its reader; see docs/performance.md, issue 14).

import { Gunzip } from 'fflate';
import { Problem } from '../routes/problem.ts';

/** How much compressed input is handed to the inflater at once. */
const INFLATE_FEED_BYTES = 1024;
/** Output may be at most this many times the input consumed so far, plus INFLATE_RATIO_SLACK.
 * Real snapshots gzip 10–15 to 1 (100,000 holdings: 23 MB from 1.6 MB); 100,000 holdings
 * identical but for their ids, 49 to 1. Deflate's limit is about 1,030 to 1, which only long
 * runs of one byte — bombs — approach. */
export const MAX_INFLATE_RATIO = 200;
const INFLATE_RATIO_SLACK = 1024 * 1024;

function tooLarge(what: string, cap: number): Problem {
  return new Problem(
    'payloadTooLarge',
    `The ${what} is larger than ${cap} bytes. Split the register or remove deleted holdings from the retention log.`,
    { limitBytes: cap },
  );
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

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
      throw tooLarge(what, cap);
    }
    parts.push(value);
  }
  return concat(parts, total);
}

/** The body, refused from its Content-Length or, while streaming, as soon as it passes `cap`. */
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

/** Inflates gzip `bytes`, refusing as soon as the output passes `cap`, or grows more than
 * MAX_INFLATE_RATIO times the input consumed so far. */
export function gunzipCapped(bytes: Uint8Array, cap: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  let consumed = 0;
  let ended = false;
  const inflater = new Gunzip((chunk, final) => {
    total += chunk.byteLength;
    if (total > cap) throw tooLarge('decompressed snapshot', cap);
    if (total > consumed * MAX_INFLATE_RATIO + INFLATE_RATIO_SLACK) throw tooCompressed();
    parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < bytes.byteLength; at += INFLATE_FEED_BYTES) {
      const end = Math.min(at + INFLATE_FEED_BYTES, bytes.byteLength);
      consumed = end;
      inflater.push(bytes.subarray(at, end), end === bytes.byteLength);
    }
  } catch (error) {
    if (error instanceof Problem) throw error;
    throw notGzip();
  }
  if (!ended) throw notGzip();
  return concat(parts, total);
}

function tooCompressed(): Problem {
  return new Problem(
    'payloadTooLarge',
    `The gzip body inflates more than ${MAX_INFLATE_RATIO} times its size, which no snapshot does; it was refused unread.`,
    { maxRatio: MAX_INFLATE_RATIO },
  );
}

function notGzip(): Problem {
  return new Problem('bodyNotJson', 'The body is marked Content-Encoding: gzip but is not valid gzip data.');
}
