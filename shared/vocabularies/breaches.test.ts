// The Breaches sheet's vocabularies name exactly the core's ids, so a label always maps to a
// value the breach rules know.

import { describe, expect, it } from 'vitest';
import { ART34_3_GROUNDS } from '../breaches/assess.ts';
import { ART34_GROUNDS, BREACH_RISKS, BREACH_ROLES } from './breaches.ts';

describe('breach vocabularies', () => {
  it('the risk assessment is no risk, risk or high risk', () => {
    expect(BREACH_RISKS.map((e) => e.id)).toEqual(['noRisk', 'risk', 'highRisk']);
  });

  it("the grounds for not informing data subjects are Art. 34(3)'s three", () => {
    expect(ART34_GROUNDS.map((e) => e.id)).toEqual([...ART34_3_GROUNDS]);
    expect(ART34_GROUNDS.map((e) => e.ref)).toEqual(['Art. 34(3)(a)', 'Art. 34(3)(b)', 'Art. 34(3)(c)']);
  });

  it('a breach hits a controller or a processor, never both', () => {
    expect(BREACH_ROLES.map((e) => e.id)).toEqual(['controller', 'processor']);
  });
});
