// The payload's request types and the Requests sheet's dropdown are one list.

import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../vocabularies/index.ts';
import { REQUEST_TYPE_IDS } from './deadline.ts';

describe('request types', () => {
  it('the payload accepts exactly the rights the Requests sheet offers', () => {
    expect(VOCABULARIES.requestType.map((e) => e.id)).toEqual([...REQUEST_TYPE_IDS]);
  });
});
