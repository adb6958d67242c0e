/** @jsxImportSource hono/jsx */
// The answer pages behind the links in reminder emails: GET shows the item and a form and
// changes nothing; the form POSTs the answer. /answer/:registerId/:holdingId/:token — the token
// is single-use, expires after 30 days and is bound to this register, this holding, one
// recipient and one action; a token used on any other register or holding is not valid. Every
// refusal is a page that says why, points to the sheet, and writes nothing.

import { type Context, Hono } from 'hono';
import {
  addMonths,
  compareIso,
  DEFAULT_TIME_ZONE,
  isIsoDate,
  todayInTimeZone,
} from '../../shared/calendar/civilDate.ts';
import { type DeletionEntry, signedContent } from '../../shared/register/deletionLog.ts';
import { DEFAULT_SETTINGS } from '../../shared/register/settings.ts';
import type { Lang } from '../../shared/register/types.ts';
import { describeRetention } from '../../shared/retention/describe.ts';
import { assessPayload, type HoldingItem } from '../../shared/sync/assess.ts';
import { VOCABULARIES } from '../../shared/vocabularies/index.ts';
import { workerKey } from '../auth/workerKey.ts';
import { emailMessages } from '../email/messages.ts';
import type { AppEnv } from '../env.ts';
import { type ActionToken, answerExists, findToken, recordAnswer } from '../store/answers.ts';
import { loadCurrentSnapshot } from '../store/snapshot.ts';
import { type AnswerCatalogue, answerMessages, fill } from './answerMessages.ts';
import { Layout, type Operator, operatorOf, page } from './layout.tsx';

export const DELETION_METHODS = ['deleted', 'anonymised', 'returned'] as const;
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const answerPages = new Hono<AppEnv>();

type Refusal = 'invalid' | 'expired' | 'used' | 'answered' | 'gone';
const REFUSAL_STATUS = { invalid: 404, expired: 410, used: 409, answered: 409, gone: 404 } as const;

interface Checked {
  token: ActionToken;
  lang: Lang;
  today: string;
  item: HoldingItem;
  /** The latest date "I need more time" may set: the register's longest extension from today. */
  maxDate: string;
}

async function registerLangAndZone(db: D1Database, registerId: string) {
  const row = await db
    .prepare('SELECT lang, time_zone FROM registers WHERE id = ?')
    .bind(registerId)
    .first<{ lang: string | null; time_zone: string | null }>();
  return { lang: (row?.lang === 'en' ? 'en' : 'da') as Lang, timeZone: row?.time_zone ?? DEFAULT_TIME_ZONE };
}

/** Everything a link must be before its page shows a form; reads only. */
async function check(
  db: D1Database,
  params: { registerId: string; holdingId: string; token: string },
  asked: Lang | null,
): Promise<Checked | { refusal: Refusal; lang: Lang }> {
  const zone = await registerLangAndZone(db, params.registerId);
  const { timeZone } = zone;
  // The register's language, unless the reader chose the other one in the footer.
  const lang = asked ?? zone.lang;
  const token = await findToken(db, params.token);
  if (!token || token.registerId !== params.registerId || token.holdingId !== params.holdingId) {
    return { refusal: 'invalid', lang };
  }
  const now = Math.floor(Date.now() / 1000);
  if (token.usedAt !== null) return { refusal: 'used', lang };
  if (token.expiresAt <= now) return { refusal: 'expired', lang };
  if (await answerExists(db, token.registerId, token.holdingId)) return { refusal: 'answered', lang };
  const payload = await loadCurrentSnapshot(db, token.registerId);
  const today = todayInTimeZone(timeZone, Date.now());
  const item = payload
    ? assessPayload(payload, today).holdings.find((h) => h.holding.id === token.holdingId)
    : undefined;
  if (!payload || !item || item.holding.deletedOn) return { refusal: 'gone', lang };
  const months = payload.register.maxExtensionMonths ?? DEFAULT_SETTINGS.maxExtensionMonths;
  return { token, lang, today, item, maxDate: addMonths(today, months) };
}

function Refused(props: { lang: Lang; refusal: Refusal; operator: Operator }) {
  const m = answerMessages(props.lang);
  return (
    <Layout lang={props.lang} title={m.refusedTitle} operator={props.operator}>
      <h1>{m.refusedTitle}</h1>
      <p class="error" role="alert">
        {m[props.refusal]}
      </p>
      <p>{m.notSaved}</p>
      <p>{m.useSheet}</p>
    </Layout>
  );
}

function ruleWords(item: HoldingItem, lang: Lang): string {
  try {
    return (item.rule && describeRetention(item.rule, lang)) || item.ruleText;
  } catch {
    return item.ruleText;
  }
}

function ItemFacts(props: { lang: Lang; item: HoldingItem; m: AnswerCatalogue }) {
  const { item, m, lang } = props;
  const e = emailMessages(lang);
  return (
    <dl>
      <dt>{m.activity}</dt>
      <dd>{item.activity?.name ?? item.activityId}</dd>
      {item.dataCategory?.subjectGroup && (
        <>
          <dt>{m.subjectGroup}</dt>
          <dd>{item.dataCategory.subjectGroup}</dd>
        </>
      )}
      {item.dataCategory?.categories && (
        <>
          <dt>{m.categories}</dt>
          <dd>{item.dataCategory.categories}</dd>
        </>
      )}
      <dt>{m.reference}</dt>
      <dd>{item.holding.reference}</dd>
      <dt>{m.rule}</dt>
      <dd>{ruleWords(item, lang)}</dd>
      <dt>{m.due}</dt>
      <dd>{item.assessment.due ? e.formatDate(item.assessment.due) : m.noDate}</dd>
    </dl>
  );
}

interface FormState {
  error?: string;
  values?: Record<string, string>;
}

function AnswerForm(props: { checked: Checked; action: string; operator: Operator; state?: FormState }) {
  const { checked, state } = props;
  const { lang, item, today } = checked;
  const m = answerMessages(lang);
  const deleting = checked.token.action === 'deleted';
  const title = deleting ? m.titleDeleted : m.titleExtend;
  const max = checked.maxDate;
  const v = state?.values ?? {};
  return (
    <Layout lang={lang} title={title} operator={props.operator}>
      <h1>{title}</h1>
      <ItemFacts lang={lang} item={item} m={m} />
      {state?.error && (
        <p class="error" role="alert">
          {state.error} {m.notSaved}
        </p>
      )}
      <form method="post" action={props.action}>
        {deleting ? (
          <fieldset>
            <legend>{m.method}</legend>
            {DELETION_METHODS.map((method, i) => (
              <label>
                <input
                  type="radio"
                  name="method"
                  value={method}
                  required
                  checked={(v.method ?? 'deleted') === method || undefined}
                  autofocus={i === 0 || undefined}
                />{' '}
                {m.methods[method]}
              </label>
            ))}
            <label for="deletedBy">{m.deletedBy}</label>
            <input
              id="deletedBy"
              name="deletedBy"
              required
              maxlength={200}
              value={v.deletedBy ?? ''}
              autocomplete="name"
            />
          </fieldset>
        ) : (
          <fieldset>
            <legend>{m.titleExtend}</legend>
            <label for="until">{fill(lang, m.newDate, { max: emailMessages(lang).formatDate(max) })}</label>
            <input id="until" name="until" type="date" required min={today} max={max} value={v.until ?? ''} />
            <label for="reason">{m.reason}</label>
            <textarea id="reason" name="reason" required maxlength={500} rows={3}>
              {v.reason ?? ''}
            </textarea>
          </fieldset>
        )}
        <button type="submit">{deleting ? m.confirmDeleted : m.confirmExtend}</button>
      </form>
      <p class="note">{m.privacy}</p>
    </Layout>
  );
}

/** The language the reader chose with the footer's link (?lang=), if any. */
function askedLang(c: Context<AppEnv>): Lang | null {
  const q = c.req.query('lang');
  return q === 'da' || q === 'en' ? q : null;
}

/** The form's target: this link, keeping a language the reader chose. */
function formAction(c: Context<AppEnv>): string {
  const asked = askedLang(c);
  return `${c.req.path}${asked ? `?lang=${asked}` : ''}`;
}

function refused(c: Context<AppEnv>, lang: Lang, refusal: Refusal) {
  return page(
    c,
    <Refused lang={lang} refusal={refusal} operator={operatorOf(c.env)} />,
    REFUSAL_STATUS[refusal],
  );
}

answerPages.get('/:registerId/:holdingId/:token', async (c) => {
  const checked = await check(c.get('db'), c.req.param(), askedLang(c));
  if ('refusal' in checked) return refused(c, checked.lang, checked.refusal);
  return page(c, <AnswerForm checked={checked} action={formAction(c)} operator={operatorOf(c.env)} />);
});

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The answer a form asks to record, or the message saying what is missing. */
function readForm(checked: Checked, form: Record<string, unknown>) {
  const { lang, today } = checked;
  const m = answerMessages(lang);
  const values = {
    method: text(form.method),
    deletedBy: text(form.deletedBy),
    until: text(form.until),
    reason: text(form.reason),
  };
  if (checked.token.action === 'deleted') {
    const method = DELETION_METHODS.find((x) => x === values.method);
    if (!method) return { error: m.badMethod, values };
    if (!values.deletedBy || values.deletedBy.length > 200 || CONTROL.test(values.deletedBy))
      return { error: m.missingName, values };
    return { values, deleted: { method, deletedBy: values.deletedBy } };
  }
  const max = checked.maxDate;
  if (!isIsoDate(values.until) || compareIso(values.until, today) <= 0 || compareIso(values.until, max) > 0) {
    return { error: fill(lang, m.badDate, { max: emailMessages(lang).formatDate(max) }), values };
  }
  if (!values.reason || values.reason.length > 500 || CONTROL.test(values.reason.replace(/[\r\n]/g, ' '))) {
    return { error: m.missingReason, values };
  }
  return { values, extended: { until: values.until, reason: values.reason } };
}

/** The Deletion log entry (v2, source "email") the worker signs for a deletion answer. */
function deletionEntry(
  checked: Checked,
  method: (typeof DELETION_METHODS)[number],
  name: string,
): DeletionEntry {
  const { item, lang, today, token } = checked;
  const label = VOCABULARIES.deletionMethod.find((e) => e.id === method)?.label[lang] ?? method;
  return {
    holdingId: item.holding.id,
    reference: item.holding.reference,
    activity: item.activity?.name ?? item.activityId,
    rule: item.ruleText,
    due: item.assessment.due ?? '',
    deletedOn: today,
    deletedBy: `${name} (${token.recipient})`,
    method: label,
  };
}

/** Records a valid answer (one D1 batch that also spends the token); false when another
 * answer came first. Returns the sentence that confirms it. */
async function record(
  c: Context<AppEnv>,
  checked: Checked,
  read: ReturnType<typeof readForm>,
): Promise<{ recorded: boolean; message: string }> {
  const db = c.get('db');
  const m = answerMessages(checked.lang);
  const now = Math.floor(Date.now() / 1000);
  const base = { answeredBy: checked.token.recipient, answeredAt: new Date().toISOString() };
  const token = c.req.param('token') ?? '';
  if ('deleted' in read && read.deleted) {
    const entry = { ...deletionEntry(checked, read.deleted.method, read.deleted.deletedBy), source: 'email' };
    const answer = {
      ...base,
      kind: 'deleted' as const,
      deletedOn: entry.deletedOn,
      method: read.deleted.method,
      deletedBy: read.deleted.deletedBy,
      entryJson: JSON.stringify(entry),
      signature: workerKey(c.env).sign(signedContent(entry)),
    };
    const recorded = await recordAnswer(db, token, checked.token, answer, now);
    return { recorded, message: fill(checked.lang, m.recordedDeleted, { reference: entry.reference }) };
  }
  const ext = (read as { extended: { until: string; reason: string } }).extended;
  const answer = { ...base, kind: 'extended' as const, extendedUntil: ext.until, reason: ext.reason };
  const recorded = await recordAnswer(db, token, checked.token, answer, now);
  const date = emailMessages(checked.lang).formatDate(ext.until);
  return {
    recorded,
    message: fill(checked.lang, m.recordedExtend, { reference: checked.item.holding.reference, date }),
  };
}

answerPages.post('/:registerId/:holdingId/:token', async (c) => {
  const checked = await check(c.get('db'), c.req.param(), askedLang(c));
  if ('refusal' in checked) return refused(c, checked.lang, checked.refusal);
  const operator = operatorOf(c.env);
  const read = readForm(checked, await c.req.parseBody());
  if ('error' in read && read.error) {
    const state = { error: read.error, values: read.values };
    return page(
      c,
      <AnswerForm checked={checked} action={formAction(c)} operator={operator} state={state} />,
      422,
    );
  }
  const { recorded, message } = await record(c, checked, read);
  // Lost a race with another POST (the same link twice, or another recipient): nothing written.
  if (!recorded) return refused(c, checked.lang, 'answered');
  const m = answerMessages(checked.lang);
  const title = checked.token.action === 'deleted' ? m.titleDeleted : m.titleExtend;
  return page(
    c,
    <Layout lang={checked.lang} title={title} operator={operator}>
      <h1>{title}</h1>
      <p role="status">{message}</p>
      <p>{m.recordedNext}</p>
    </Layout>,
  );
});
