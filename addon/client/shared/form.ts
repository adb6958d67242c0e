// The steps every form page (new request, new breach) shares: the status line, a labelled
// field, loading the page's model, wiring the Save button, and the save round trip. Each page
// passes its own words, already in the register's language.

import { byId, h } from './dom.ts';
import { callServer } from './serverCall.ts';

export function setStatus(kind: 'ok' | 'error' | 'info' | '', text: string): void {
  const el = byId('status');
  el.className = `status ${kind}`;
  el.textContent = text;
}

/** A label, its input and, when given, a help line under it. */
export function formField(id: string, label: string, input: HTMLElement, help?: string): HTMLElement {
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, label),
    input,
    help ? h('div', { className: 'help muted' }, help) : null,
  );
}

/** The trimmed value of the input, select or textarea with this id. */
export const fieldValue = (id: string): string => (byId<HTMLInputElement>(id).value ?? '').trim();

/** Calls the server, showing `busy` meanwhile; on failure shows the server's message and gives null. */
async function withStatus<T>(busy: string, name: string, ...args: unknown[]): Promise<T | null> {
  setStatus('info', busy);
  const result = await callServer<T>(name, ...args);
  if (!result.ok) {
    setStatus('error', result.message);
    return null;
  }
  return result.value;
}

/** The page's model from the server function `name`, or null when loading failed (and said so). */
export function loadFormModel<M>(name: string, loading: string): Promise<M | null> {
  return withStatus<M>(loading, name);
}

/** Titles the page and enables the Save button. */
export function wireForm(title: string, saveLabel: string, onSave: () => void): void {
  byId('title').textContent = title;
  const button = byId<HTMLButtonElement>('save');
  button.textContent = saveLabel;
  button.disabled = false;
  button.addEventListener('click', onSave);
}

/** Sends the form to the server function `name` with Save disabled meanwhile; null when it failed. */
export async function submitForm<T>(name: string, form: unknown, saving: string): Promise<T | null> {
  const button = byId<HTMLButtonElement>('save');
  button.disabled = true;
  const result = await withStatus<T>(saving, name, form);
  button.disabled = false;
  return result;
}
