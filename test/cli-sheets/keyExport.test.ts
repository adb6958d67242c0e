// Settings & sync ▸ "Export key for scheduled sync", through the built add-on: refused unless
// the user confirmed, refused when the register is not connected, and otherwise a key file that
// names the worker, the register, the spreadsheet and the key's version. That the CLI syncs with
// such a file is shown in sync.test.ts against the local worker.

import { describe, expect, it } from 'vitest';
import { parseRegisterKeyFile } from '../../shared/sync/keyFile.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { loadAddon } from '../addon/harness.ts';
import { practiceSpreadsheet } from './liveRegister.ts';

type Reply =
  | { ok: true; value: { fileName: string; text: string } }
  | { ok: false; code: string; message: string };

const KEY = Buffer.alloc(32, 5).toString('base64url');

function connectedAddon(extra: Record<string, string> = {}) {
  const addon = loadAddon({ spreadsheet: practiceSpreadsheet(), locale: 'da_DK' });
  addon.fakes.PropertiesService.document.setProperties({
    'art30.sync.workerUrl': 'https://art30.nordlys-psykologi.dk/',
    'art30.sync.registerId': 'reg_nordlys',
    'art30.sync.key': KEY,
    ...extra,
  });
  return addon;
}

describe('Export key for scheduled sync', () => {
  it('hands out nothing unless the user confirmed on the page', () => {
    const reply = callPublic(connectedAddon(), 'exportSyncKey', false) as Reply;
    expect(reply).toEqual({
      ok: false,
      code: 'keyExportUnconfirmed',
      message: 'Nøglen udleveres kun, når du har bekræftet det på siden Indstillinger og synkronisering.',
    });
    expect(JSON.stringify(reply)).not.toContain(KEY);
  });

  it('says a register that is not connected has no key', () => {
    const addon = loadAddon({ spreadsheet: practiceSpreadsheet(), locale: 'da_DK' });
    const reply = callPublic(addon, 'exportSyncKey', true) as Reply;
    expect(reply.ok ? '' : reply.code).toBe('notConnected');
  });

  it('gives a key file with the worker, register, spreadsheet and key version 1 after enrolment', () => {
    const reply = callPublic(connectedAddon(), 'exportSyncKey', true) as Reply;
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.value.fileName).toBe('art30-key-reg_nordlys.json');
    expect(parseRegisterKeyFile(JSON.parse(reply.value.text))).toEqual({
      kind: 'art30-register-key',
      format: 1,
      workerUrl: 'https://art30.nordlys-psykologi.dk/',
      registerId: 'reg_nordlys',
      spreadsheetId: '1PracticeNordlysRegister_abcdefghij',
      key: KEY,
      keyVersion: 1,
      exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('names the rotated key version the register holds', () => {
    const reply = callPublic(
      connectedAddon({ 'art30.sync.keyVersion': '3' }),
      'exportSyncKey',
      true,
    ) as Reply;
    expect(reply.ok && JSON.parse(reply.value.text).keyVersion).toBe(3);
  });
});
