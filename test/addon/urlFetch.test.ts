// The fake UrlFetchApp makes REAL HTTP requests synchronously, as Apps Script's does. The
// server here runs in a worker thread: the test's main thread is blocked while it waits for a
// reply, so a server on the main thread could never answer (the reason the end-to-end test
// runs the worker in a child process).

import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeUrlFetchApp, toSignedBytes } from './fakes/index.ts';

const SERVER = `
const http = require('node:http');
const crypto = require('node:crypto');
const { parentPort } = require('node:worker_threads');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.url === '/fail') {
      res.writeHead(503, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ code: 'down' }));
      return;
    }
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({
      method: req.method,
      path: req.url,
      contentType: req.headers['content-type'] || null,
      encoding: req.headers['content-encoding'] || null,
      custom: req.headers['x-art30-nonce'] || null,
      sha256: crypto.createHash('sha256').update(body).digest('hex'),
      text: 'Løn og personale',
    }));
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

let thread: Worker;
let origin: string;

beforeAll(async () => {
  thread = new Worker(SERVER, { eval: true });
  const port = await new Promise<number>((resolve) => thread.once('message', resolve));
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  thread.postMessage('stop');
  await new Promise((resolve) => thread.once('exit', resolve));
});

function app(): FakeUrlFetchApp {
  return new FakeUrlFetchApp().useRealHttp({
    whitelist: ['http://127.0.0.1:8787/'],
    route: (url) => url.replace('http://127.0.0.1:8787', origin),
  });
}

describe('UrlFetchApp fake with real synchronous HTTP', () => {
  it('returns the real reply synchronously: status, text, headers, bytes and blob', () => {
    const response = app().fetch('http://127.0.0.1:8787/v1/x?q=1', {
      method: 'put',
      payload: toSignedBytes(Buffer.from([0x1f, 0x8b, 0xff, 0x00])),
      contentType: 'application/json',
      headers: { 'Content-Encoding': 'gzip', 'X-Art30-Nonce': 'abc' },
    });
    expect(response.getResponseCode()).toBe(200);
    const json = JSON.parse(response.getContentText());
    expect(json).toMatchObject({
      method: 'PUT',
      path: '/v1/x?q=1',
      contentType: 'application/json',
      encoding: 'gzip',
      custom: 'abc',
      text: 'Løn og personale',
    });
    expect(json.sha256).toBe(
      createHash('sha256')
        .update(Buffer.from([0x1f, 0x8b, 0xff, 0x00]))
        .digest('hex'),
    );
    expect((response.getHeaders() as Record<string, string>)['set-cookie']).toBe('b=2');
    expect((response.getAllHeaders() as Record<string, string[]>)['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(response.getBlob().getContentType()).toBe('application/json');
    expect(
      Buffer.from(
        response
          .getBlob()
          .getBytes()
          .map((b) => b & 0xff),
      ).toString('utf8'),
    ).toBe(response.getContentText());
  });

  it('refuses a URL outside the manifest whitelist without sending anything', () => {
    const fetcher = app();
    expect(() => fetcher.fetch(`${origin}/v1/x`)).toThrow(/not under the manifest's urlFetchWhitelist/);
    expect(() => fetcher.fetch('https://example.com/')).toThrow(/urlFetchWhitelist/);
  });

  it('throws on an error status unless muteHttpExceptions is set, as Apps Script does', () => {
    const fetcher = app();
    expect(() => fetcher.fetch('http://127.0.0.1:8787/fail')).toThrow(/Request failed .* returned code 503/);
    const muted = fetcher.fetch('http://127.0.0.1:8787/fail', { muteHttpExceptions: true });
    expect(muted.getResponseCode()).toBe(503);
    expect(JSON.parse(muted.getContentText())).toEqual({ code: 'down' });
  });

  it('reports a server that does not listen as an Apps Script exception, not a hang', () => {
    const fetcher = new FakeUrlFetchApp().useRealHttp({
      whitelist: ['http://127.0.0.1:8787/'],
      route: (url) => url.replace('http://127.0.0.1:8787', 'http://127.0.0.1:9'),
    });
    expect(() => fetcher.fetch('http://127.0.0.1:8787/healthz', { muteHttpExceptions: true })).toThrow(
      /^Exception: Address unavailable: http:\/\/127\.0\.0\.1:8787\/healthz/,
    );
  });

  it('sends a string payload as UTF-8 and records every request with its exact bytes', () => {
    const fetcher = app();
    fetcher.fetch('http://127.0.0.1:8787/v1/registers', {
      method: 'post',
      payload: '{"a":"æ"}',
      contentType: 'application/json',
    });
    expect(fetcher.requests).toHaveLength(1);
    expect(fetcher.requests[0].body).toEqual(Buffer.from('{"a":"æ"}', 'utf8'));
    expect(fetcher.requests[0].method).toBe('POST');
  });
});
