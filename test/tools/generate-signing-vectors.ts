// Writes shared/sync/signing-vectors.json: request-signing examples whose canonical strings are
// written out by hand below from the contract (docs/architecture.md: METHOD, PATH without the
// query, TIMESTAMP, NONCE and the lowercase hex SHA-256 of the exact body bytes sent, one per
// line), never produced by shared/sync/signing.ts, and whose digests and signatures come from
// Node's own crypto. So the shared canonicalString, the add-on (Apps Script HMAC) and the worker
// (crypto.subtle) are all checked against an independent oracle. The script refuses to write
// a vector whose hand-written digest line is not the SHA-256 of its body bytes.
// Run by hand (`npx tsx test/tools/generate-signing-vectors.ts`); CI only reads the file. The
// vectors are deterministic: keys and nonces are fixed bytes.
import { createHash, createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface VectorInput {
  description: string;
  keyHex: string;
  method: string;
  path: string;
  timestamp: number;
  nonce: string;
  bodyText: string;
  gzip?: boolean;
  /** The string that is signed, written by hand: the lines joined with "\n". */
  canonical: string[];
}

const snapshotBody = JSON.stringify({ version: 3, register: { name: 'Vikarbureau ApS' } });
const danishBody = JSON.stringify({ name: 'Løn og personale — æøå ÆØÅ é ü', version: 1 });

const inputs: VectorInput[] = [
  {
    description: 'a JSON snapshot upload',
    keyHex: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
    method: 'PUT',
    path: '/v1/registers/reg_01HZZZ/snapshot',
    timestamp: 1767225600,
    nonce: 'AAECAwQFBgcICQoLDA0ODw',
    bodyText: snapshotBody,
    canonical: [
      'PUT',
      '/v1/registers/reg_01HZZZ/snapshot',
      '1767225600',
      'AAECAwQFBgcICQoLDA0ODw',
      '9c4d5b0fa3e5337d9a3f79e9faebbe668fead0908a9f754ba925e4896537ad3e',
    ],
  },
  {
    description: 'a status request with an empty body',
    keyHex: 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100',
    method: 'GET',
    path: '/v1/registers/reg_01HZZZ/status',
    timestamp: 1767225601,
    nonce: 'q83vEjRWeJCrze8SNFZ4kA',
    bodyText: '',
    canonical: [
      'GET',
      '/v1/registers/reg_01HZZZ/status',
      '1767225601',
      'q83vEjRWeJCrze8SNFZ4kA',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
  },
  {
    description: 'an unenrol request',
    keyHex: '6b6579206279746573206d616465206f66206173636969206c65747465727321',
    method: 'DELETE',
    path: '/v1/registers/reg_abc',
    timestamp: 1800000000,
    nonce: 'bm9uY2Utd2l0aC1kYXNoLV8tYW5kLXVuZGVyc2NvcmU',
    bodyText: '',
    canonical: [
      'DELETE',
      '/v1/registers/reg_abc',
      '1800000000',
      'bm9uY2Utd2l0aC1kYXNoLV8tYW5kLXVuZGVyc2NvcmU',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
  },
  {
    description: 'a lower-case method and a query string: neither changes what is signed',
    keyHex: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
    method: 'get',
    path: '/v1/registers/reg_01HZZZ/status?lang=da',
    timestamp: 1767225602,
    nonce: '_-_-_-_-_-_-_-_-_-_-_-',
    bodyText: '',
    canonical: [
      'GET',
      '/v1/registers/reg_01HZZZ/status',
      '1767225602',
      '_-_-_-_-_-_-_-_-_-_-_-',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
  },
  {
    description: 'a body with Danish letters, hashed as UTF-8 bytes',
    keyHex: 'fbfcfdfeff000102030405060708090a0b0c0d0e0f10111213141516171819fa',
    method: 'PUT',
    path: '/v1/registers/reg_dk/snapshot',
    timestamp: 1767225603,
    nonce: 'w6bDuMOlIMOGw5jDhSBub25jZQ',
    bodyText: danishBody,
    canonical: [
      'PUT',
      '/v1/registers/reg_dk/snapshot',
      '1767225603',
      'w6bDuMOlIMOGw5jDhSBub25jZQ',
      '6bec6fb9d96668d2670da4e1ecadfee39a214834aaba679e301191c6f1596521',
    ],
  },
  {
    description: 'a gzipped snapshot: the digest covers the compressed bytes sent',
    keyHex: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
    method: 'PUT',
    path: '/v1/registers/reg_01HZZZ/snapshot',
    timestamp: 1767225604,
    nonce: 'Z3ppcHBlZC1ub25jZS0wMQ',
    bodyText: snapshotBody,
    gzip: true,
    canonical: [
      'PUT',
      '/v1/registers/reg_01HZZZ/snapshot',
      '1767225604',
      'Z3ppcHBlZC1ub25jZS0wMQ',
      '9dbfff68448e37df262834dbc729ef6f7ecf7dbd9c0d710ba54ee79b2b1640f7',
    ],
  },
  {
    description: 'an enrolment-era key whose base64url form uses - and _',
    keyHex: 'fbefbe'.repeat(11).slice(0, 64),
    method: 'PUT',
    path: '/v1/registers/r-1/snapshot',
    timestamp: 1767225605,
    nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
    bodyText: '{}',
    canonical: [
      'PUT',
      '/v1/registers/r-1/snapshot',
      '1767225605',
      'AAAAAAAAAAAAAAAAAAAAAA',
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    ],
  },
];

const vectors = inputs.map((v) => {
  const key = Buffer.from(v.keyHex, 'hex');
  if (key.length !== 32) throw new Error(`${v.description}: key must be 32 bytes`);
  const text = Buffer.from(v.bodyText, 'utf8');
  const body = v.gzip ? gzipSync(text, { level: 9 }) : text;
  const bodySha256Hex = createHash('sha256').update(body).digest('hex');
  const canonical = v.canonical.join('\n');
  if (v.canonical[4] !== bodySha256Hex) {
    throw new Error(`${v.description}: the hand-written digest line is not the SHA-256 of the body`);
  }
  const signatureHex = createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
  return {
    description: v.description,
    keyBase64url: key.toString('base64url'),
    method: v.method,
    path: v.path,
    timestamp: String(v.timestamp),
    nonce: v.nonce,
    ...(v.gzip
      ? { contentEncoding: 'gzip', bodyBase64: body.toString('base64'), bodyText: v.bodyText }
      : { bodyText: v.bodyText }),
    bodySha256Hex,
    canonical,
    signatureHex,
  };
});

const out = new URL('../../shared/sync/signing-vectors.json', import.meta.url);
writeFileSync(
  out,
  `${JSON.stringify({ generatedBy: 'test/tools/generate-signing-vectors.ts', vectors }, null, 2)}\n`,
);
console.log(`wrote ${vectors.length} vectors to ${out.pathname}`);
