// The performance figure of the add-on: service calls made by Set up register and Validate
// register on a register of a given size (shared by the equality test and the bench script).

import { putDocument, sampleRegister } from './fixtures.ts';
import { loadAddon } from './harness.ts';

export interface CallFigures {
  activities: number;
  holdings: number;
  setUp: number;
  validate: number;
  setUpByMethod: Record<string, number>;
  validateByMethod: Record<string, number>;
}

/** Sets a register up, types the data in, then counts a Set up (upgrade pass) and a Validate. */
export function measureCalls(activities: number, holdings: number): CallFigures {
  const addon = loadAddon({ locale: 'da_DK' });
  addon.fakes.ui.answer('OK', '1');
  addon.ctx.setUpRegister();
  putDocument(addon.ss, sampleRegister(activities, holdings), 'da');
  addon.resetCalls();
  addon.ctx.setUpRegister();
  const setUpByMethod = addon.calls.snapshot();
  const setUp = addon.calls.total();
  addon.resetCalls();
  addon.ctx.validateRegister();
  const validateByMethod = addon.calls.snapshot();
  const validate = addon.calls.total();
  if (addon.fakes.ui.alerts().length)
    throw new Error(`unexpected alert: ${addon.fakes.ui.alerts().join(' / ')}`);
  return { activities, holdings, setUp, validate, setUpByMethod, validateByMethod };
}
