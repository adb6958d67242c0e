// Figure for issue 14 (docs/performance.md): how long the local worker (workerd via Miniflare,
// as `art30 demo` runs it) takes to refuse a signed snapshot whose 1 MB gzip body inflates to
// 1 GiB of zeros, and how much workerd's memory grows (peak resident set, VmHWM, and RSS, read
// from /proc before and after), three times, each beside the same bytes sent uncompressed (the
// cost of any signed 1 MiB body). Run: npx tsx worker/test/bench/gzipBomb.ts [GiB]

import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';
import { startLocalWorker } from '../../../cli/local/startLocalWorker.ts';
import { canonicalString } from '../../../shared/sync/signing.ts';

function workerdPids(): Set<number> {
  const pids = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'workerd') pids.add(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

async function main(): Promise<void> {
  const gib = Number(process.argv[2] ?? '1');
  const body = gzipSync(Buffer.alloc(gib * 1024 ** 3), { level: constants.Z_BEST_COMPRESSION });
  const before = workerdPids();
  const worker = await startLocalWorker();
  try {
    const pids = [...workerdPids()].filter((p) => !before.has(p));
    const enrolled = await fetch(`${worker.origin}/v1/registers`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await worker.issueEnrolmentToken('Bench ApS')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ spreadsheetId: '1BombBench' }),
    });
    const { registerId, key } = (await enrolled.json()) as { registerId: string; key: string };
    const put = async (body: Buffer, encoding: string | null) => {
      const path = `/v1/registers/${registerId}/snapshot`;
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = randomBytes(16).toString('base64url');
      const digest = createHash('sha256').update(body).digest('hex');
      const canonical = canonicalString('PUT', path, timestamp, nonce, digest);
      const signature = createHmac('sha256', Buffer.from(key, 'base64url')).update(canonical).digest('hex');
      const started = performance.now();
      const response = await fetch(`${worker.origin}${path}`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          ...(encoding ? { 'content-encoding': encoding } : {}),
          'x-art30-timestamp': timestamp,
          'x-art30-nonce': nonce,
          'x-art30-signature': signature,
        },
        body,
      });
      const text = await response.text();
      return { ms: performance.now() - started, answer: `${response.status} ${JSON.parse(text).code}` };
    };
    console.log(`body ${(body.byteLength / 1024 ** 2).toFixed(2)} MiB gzip inflating to ${gib} GiB`);
    for (let round = 1; round <= 3; round++) {
      const memBefore = pids.map(memoryMiB);
      const bomb = await put(body, 'gzip');
      const memAfter = pids.map(memoryMiB);
      // The same bytes sent as they are: the cost of receiving, hashing and checking a signed
      // 1 MiB body, without any inflation (refused as not JSON).
      const plain = await put(body, null);
      console.log(
        `round ${round}: bomb ${bomb.answer} in ${bomb.ms.toFixed(0)} ms; ` +
          `same bytes uncompressed ${plain.answer} in ${plain.ms.toFixed(0)} ms`,
      );
      // The local worker may run more than one workerd; each is reported.
      pids.forEach((pid, i) => {
        const [b, a] = [memBefore[i], memAfter[i]];
        console.log(
          `  workerd ${pid}: RSS ${b.rss.toFixed(0)} -> ${a.rss.toFixed(0)} MiB, peak ${b.peak.toFixed(0)} -> ` +
            `${a.peak.toFixed(0)} MiB (growth ${(a.peak - b.peak).toFixed(0)} MiB)`,
        );
      });
    }
  } finally {
    await worker.stop();
  }
}

await main();
