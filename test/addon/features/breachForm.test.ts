// The new-breach form through the built bundle (its server functions, as the sidebar calls
// them). Times by hand: "now" is Wednesday 25 November 2026 at 12:00 in Copenhagen (UTC+1);
// a breach known from Tuesday 24 November 09:00 (08:00 UTC) must be notified to Datatilsynet
// by Friday 27 November 09:00 (08:00 UTC).

import { describe, expect, it } from 'vitest';
import type { BreachFormModel, SavedBreach } from '../../../addon/views/breaches.ts';
import { BREACHES } from '../../../shared/register/breachesSheet.ts';
import { loadAddon } from '../harness.ts';
import { fakeRegister, PRACTICE, sheetRows } from './fixtureRegister.ts';
import { callPublic, fixToday } from './helpers.ts';

function practice(lang: 'da' | 'en' = 'da') {
  const header = BREACHES.columns.map((c) => c.header[lang]);
  const addon = loadAddon({
    spreadsheet: fakeRegister(PRACTICE, { lang, extraSheets: { [BREACHES.title[lang]]: [header] } }),
    locale: lang === 'da' ? 'da_DK' : 'en_GB',
  });
  fixToday(addon, '2026-11-25');
  return addon;
}

const form = (extra: Record<string, string> = {}) => ({
  reference: 'BRUD-2026-3',
  startedAt: '2026-11-23T22:15',
  awareAt: '2026-11-24T09:00',
  description: 'En bærbar med klientjournaler blev stjålet fra bilen.',
  approxSubjects: '40',
  role: 'controller',
  risk: 'risk',
  riskReasoning: 'Disken var ikke krypteret.',
  responsible: 'mette@nordlys-psykologi.dk',
  ...extra,
});

const instantOf = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : v;

describe('the new-breach form', () => {
  it('offers now on the spreadsheet’s wall clock and the risk and role labels in the register’s language', () => {
    const model = callPublic<BreachFormModel>(practice(), 'getBreachFormModel');
    expect(model.ok).toBe(true);
    if (!model.ok) return;
    expect(model.value.timeZone).toBe('Europe/Copenhagen');
    expect(model.value.nowLocal).toBe('2026-11-25T12:00');
    expect(model.value.risks.map((r) => r.label)).toEqual(['Ingen risiko', 'Risiko', 'Høj risiko']);
    expect(model.value.roles.map((r) => r.id)).toEqual(['controller', 'processor']);
  });

  it('saves a breach as one row with its instants and their offset, and returns the 72-hour deadline', () => {
    const addon = practice();
    const saved = callPublic<SavedBreach>(addon, 'saveBreach', form());
    expect(saved.ok ? 'ok' : saved.message).toBe('ok');
    if (!saved.ok) return;
    expect(saved.value.sheetRow).toBe(2);
    expect(saved.value.notifyBy).toBe(Date.UTC(2026, 10, 27, 8, 0));
    // Not connected to a worker: saved, but not sent.
    expect(saved.value.synced).toBe(false);
    const rows = sheetRows(addon.ss, 'breaches');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: saved.value.id,
      reference: 'BRUD-2026-3',
      description: 'En bærbar med klientjournaler blev stjålet fra bilen.',
      approxSubjects: 40,
      role: 'Dataansvarlig',
      risk: 'Risiko',
      riskReasoning: 'Disken var ikke krypteret.',
      responsible: 'mette@nordlys-psykologi.dk',
    });
    expect(instantOf(rows[0]!.awareAt)).toBe(Date.UTC(2026, 10, 24, 8, 0));
    expect(instantOf(rows[0]!.startedAt)).toBe(Date.UTC(2026, 10, 23, 21, 15));
  });

  it('a breach assessed as no risk, or a processor’s, starts no 72-hour deadline', () => {
    const addon = practice();
    const noRisk = callPublic<SavedBreach>(
      addon,
      'saveBreach',
      form({ risk: 'noRisk', reference: 'BRUD-1' }),
    );
    const processor = callPublic<SavedBreach>(
      addon,
      'saveBreach',
      form({ role: 'processor', reference: 'BRUD-2' }),
    );
    expect(noRisk.ok && noRisk.value.notifyBy).toBeNull();
    expect(processor.ok && processor.value.notifyBy).toBeNull();
    expect(sheetRows(addon.ss, 'breaches').map((r) => r.role)).toEqual(['Dataansvarlig', 'Databehandler']);
  });

  it('refuses a name as reference, a missing or future awareness, and a bad number, in the register’s language, writing nothing', () => {
    const addon = practice();
    const refusals = [
      form({ reference: 'Jens Hansen' }),
      form({ awareAt: '' }),
      form({ awareAt: '2026-11-26T09:00' }),
      form({ startedAt: '24-11-2026' }),
      form({ approxSubjects: 'mange' }),
      form({ description: ' ' }),
      form({ responsible: 'mette' }),
    ].map((f) => callPublic<SavedBreach>(addon, 'saveBreach', f));
    expect(refusals.map((r) => (r.ok ? 'saved' : r.message))).toEqual([
      '"Jens Hansen" ligner et navn, en e-mailadresse eller et CPR-nummer. Brug sagsnummeret; personoplysningerne bliver i sagssystemet.',
      'Skriv dato og klokkeslæt for, hvornår I fik kendskab til bruddet: de 72 timer løber herfra.',
      'Tidspunktet for kendskab ligger ude i fremtiden. Ret dato og klokkeslæt.',
      '"24-11-2026" er ikke en dato og et klokkeslæt.',
      '"mange" er ikke et helt tal.',
      'Beskriv kort, hvad der skete. Beskrivelsen bliver i regnearket.',
      'Skriv én e-mailadresse på den, der håndterer bruddet.',
    ]);
    expect(sheetRows(addon.ss, 'breaches')).toEqual([]);
  });

  it('speaks English in an English register', () => {
    const addon = practice('en');
    const refused = callPublic<SavedBreach>(addon, 'saveBreach', form({ awareAt: '' }));
    expect(refused.ok ? 'saved' : refused.message).toBe(
      'Enter the date and time you became aware of the breach: the 72 hours run from then.',
    );
  });
});
