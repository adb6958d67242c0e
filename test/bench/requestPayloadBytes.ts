// The figure of issue 20: the sync payload bytes that data-subject requests add, per 100
// requests, as JSON and as the gzip the add-on sends (fflate's level 6 stands in for
// Utilities.gzip). Run: npx tsx test/bench/requestPayloadBytes.ts

import { gzipSync } from 'fflate';
import { checkSyncPayload } from '../../shared/sync/check.ts';
import { examplePayload } from '../fixtures/examplePayload.ts';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function sizes(requests: number, holdings: number) {
  const payload = examplePayload({ holdings, requests });
  if (!checkSyncPayload(payload).ok) throw new Error('the example payload must be valid');
  const json = bytes(payload);
  return { json: json.length, gzip: gzipSync(json, { level: 6 }).length };
}

for (const holdings of [100, 10_000]) {
  const base = sizes(0, holdings);
  for (const requests of [100, 1_000]) {
    const withRequests = sizes(requests, holdings);
    const per100 = (n: number) => Math.round((n * 100) / requests);
    console.log(
      `${holdings} holdings + ${requests} requests: JSON +${withRequests.json - base.json} B ` +
        `(${per100(withRequests.json - base.json)} B per 100), gzip +${withRequests.gzip - base.gzip} B ` +
        `(${per100(withRequests.gzip - base.gzip)} B per 100)`,
    );
  }
}
