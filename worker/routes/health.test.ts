import { describe, expect, it } from 'vitest';
import { call, problemOf } from '../test/client.ts';

describe('GET /healthz', () => {
  it('answers ok when the worker and its database run', async () => {
    const response = await call('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown path with a problem+json 404', async () => {
    const response = await call('/v2/nothing');
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({
      code: 'notFound',
      status: 404,
      title: 'No such endpoint',
    });
  });
});
