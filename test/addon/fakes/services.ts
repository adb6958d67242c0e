// Fake PropertiesService, LockService, Session, Utilities (with Apps Script's signed byte
// arrays), ScriptApp (auth modes, trigger builders); UrlFetchApp (real synchronous HTTP) is in
// urlFetch.ts.

import { createHash, createHmac, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FAKE_NAME, Fake, isDate } from './base.ts';
import { formatDate } from './time.ts';

type Byte = GoogleAppsScript.Byte;
type Blob = GoogleAppsScript.Base.Blob;

/** Apps Script byte arrays hold signed numbers (-128..127). */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength));
}

export function fromSignedBytes(bytes: ArrayLike<number>): Buffer {
  const out = Buffer.alloc(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (!Number.isInteger(b) || b < -128 || b > 255) throw new Error(`Invalid byte value ${b} at ${i}`);
    out[i] = b & 0xff;
  }
  return out;
}

function bytesOf(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return fromSignedBytes(data);
  throw new Error(`Expected a string or a byte array, got ${typeof data}`);
}

// ---- PropertiesService -----------------------------------------------------------------------

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export class FakeProperties
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Properties.Properties,
      | 'getProperty'
      | 'setProperty'
      | 'getProperties'
      | 'setProperties'
      | 'deleteProperty'
      | 'deleteAllProperties'
      | 'getKeys'
    >
{
  get [FAKE_NAME]() {
    return 'Properties';
  }
  readonly store = new Map<string, string>();
  constructor(readonly scope: 'document' | 'user' | 'script') {
    super();
  }
  private check(key: string, value: string): void {
    if (Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8') > VALUE_LIMIT) {
      throw new Error(`Exception: Argument too large: value`);
    }
    let total = 0;
    for (const [k, v] of this.store) if (k !== key) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total + Buffer.byteLength(key) + Buffer.byteLength(value) > STORE_LIMIT) {
      throw new Error(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    const v = String(value);
    this.check(key, v);
    this.store.set(key, v);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  setProperties(
    properties: { [key: string]: string },
    deleteAllOthers?: boolean,
  ): GoogleAppsScript.Properties.Properties {
    for (const [k, v] of Object.entries(properties)) this.check(k, String(v));
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.store.delete(key);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.store.clear();
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class FakePropertiesService
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
    >
{
  get [FAKE_NAME]() {
    return 'PropertiesService';
  }
  readonly document = new FakeProperties('document');
  readonly user = new FakeProperties('user');
  readonly script = new FakeProperties('script');
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this.document as unknown as GoogleAppsScript.Properties.Properties;
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.user as unknown as GoogleAppsScript.Properties.Properties;
  }
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.script as unknown as GoogleAppsScript.Properties.Properties;
  }
}

// ---- LockService -----------------------------------------------------------------------------

export class FakeLock
  extends Fake
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  get [FAKE_NAME]() {
    return 'Lock';
  }
  held = false;
  /** Set by a test to simulate another execution holding the lock. */
  heldElsewhere = false;
  /** The execution that holds the lock (see FakeLockService.execution). */
  private owner = -1;
  /** Called on release: the spreadsheet counts a release with writes not yet flushed. */
  onRelease: () => void = () => {};
  /** Called on acquiring: what earlier executions wrote has been applied when they ended. */
  onAcquire: () => void = () => {};
  constructor(readonly service?: FakeLockService) {
    super();
  }
  private current(): number {
    return this.service?.execution ?? 0;
  }
  /** Another execution (a concurrent sidebar call) holds it: this one cannot get it. */
  private takenByOther(): boolean {
    return this.heldElsewhere || (this.held && this.owner !== this.current());
  }
  tryLock(_timeoutInMillis: number): boolean {
    if (this.takenByOther()) return false;
    if (!this.held) this.onAcquire();
    this.held = true;
    this.owner = this.current();
    return true;
  }
  waitLock(_timeoutInMillis: number): void {
    if (this.takenByOther())
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
    if (!this.held) this.onAcquire();
    this.held = true;
    this.owner = this.current();
  }
  /**
   * Google asks scripts to call SpreadsheetApp.flush() before releasing a lock, so that the
   * next holder reads the changes: https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
   */
  releaseLock(): void {
    if (!this.held || this.owner !== this.current()) return;
    this.onRelease();
    this.held = false;
    this.owner = -1;
  }
  hasLock(): boolean {
    return this.held;
  }
}

export class FakeLockService
  extends Fake
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  get [FAKE_NAME]() {
    return 'LockService';
  }
  /**
   * The execution now running: a test raises it to run a second, concurrent call (another
   * sidebar call or another user's trigger) while the first one is between a read and a write.
   */
  execution = 0;
  readonly document = new FakeLock(this);
  readonly script = new FakeLock(this);
  readonly user = new FakeLock(this);
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this.document as unknown as GoogleAppsScript.Lock.Lock;
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.script as unknown as GoogleAppsScript.Lock.Lock;
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.user as unknown as GoogleAppsScript.Lock.Lock;
  }
}

// ---- Session ---------------------------------------------------------------------------------

export class FakeUser extends Fake implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  get [FAKE_NAME]() {
    return 'User';
  }
  constructor(public email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

export class FakeSession
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | 'getActiveUserLocale'
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getTemporaryActiveUserKey'
    >
{
  get [FAKE_NAME]() {
    return 'Session';
  }
  /** Consumer accounts often get '' here: that is the default, so the fallback is exercised. */
  readonly activeUser = new FakeUser('');
  readonly effectiveUser = new FakeUser('');
  constructor(
    public locale = 'da',
    public scriptTimeZone = 'Europe/Copenhagen',
  ) {
    super();
  }
  getActiveUserLocale(): string {
    return this.locale;
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.activeUser as unknown as GoogleAppsScript.Base.User;
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.effectiveUser as unknown as GoogleAppsScript.Base.User;
  }
  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
  getTemporaryActiveUserKey(): string {
    return 'temporary-user-key';
  }
}

// ---- Utilities -------------------------------------------------------------------------------

export class FakeBlob
  extends Fake
  implements
    Pick<
      Blob,
      | 'getBytes'
      | 'setBytes'
      | 'getDataAsString'
      | 'setDataFromString'
      | 'getContentType'
      | 'setContentType'
      | 'getName'
      | 'setName'
      | 'copyBlob'
    >
{
  get [FAKE_NAME]() {
    return 'Blob';
  }
  constructor(
    public data: Buffer,
    public contentType: string | null = null,
    public name: string | null = null,
  ) {
    super();
  }
  getBytes(): Byte[] {
    return toSignedBytes(this.data);
  }
  setBytes(data: Byte[]): Blob {
    this.data = fromSignedBytes(data);
    return this as unknown as Blob;
  }
  getDataAsString(_charset?: string): string {
    return this.data.toString('utf8');
  }
  setDataFromString(string: string, _charset?: string): Blob {
    this.data = Buffer.from(string, 'utf8');
    return this as unknown as Blob;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this as unknown as Blob;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return this as unknown as Blob;
  }
  copyBlob(): Blob {
    return new FakeBlob(Buffer.from(this.data), this.contentType, this.name) as unknown as Blob;
  }
}

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export class FakeUtilities
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Utilities.Utilities,
      | 'formatDate'
      | 'computeDigest'
      | 'computeHmacSha256Signature'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'gzip'
      | 'ungzip'
      | 'newBlob'
      | 'getUuid'
      | 'sleep'
    >
{
  get [FAKE_NAME]() {
    return 'Utilities';
  }
  readonly DigestAlgorithm = Object.fromEntries(
    Object.keys(DIGESTS).map((k) => [k, k]),
  ) as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly Charset = {
    US_ASCII: 'US_ASCII',
    UTF_8: 'UTF_8',
  } as unknown as typeof GoogleAppsScript.Utilities.Charset;
  private uuidCount = 0;
  slept = 0;
  /** Deterministic UUIDs when set (tests); random ones otherwise. */
  constructor(readonly deterministicUuids = true) {
    super();
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date))
      throw new Error("Exception: The parameters don't match the method signature for Utilities.formatDate.");
    return formatDate(new Date((date as unknown as Date).getTime()), timeZone, format);
  }
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: unknown,
    _charset?: unknown,
  ): Byte[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw new Error(`Unknown digest algorithm ${String(algorithm)}`);
    return toSignedBytes(createHash(name).update(bytesOf(value)).digest());
  }
  computeHmacSha256Signature(value: unknown, key: unknown, _charset?: unknown): Byte[] {
    return toSignedBytes(createHmac('sha256', bytesOf(key)).update(bytesOf(value)).digest());
  }
  base64Encode(data: unknown, _charset?: unknown): string {
    return bytesOf(data).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, _charset?: unknown): string {
    // Apps Script's web-safe form keeps the '=' padding.
    return bytesOf(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string, _charset?: unknown): Byte[] {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) throw new Error('Exception: Could not decode string.');
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }
  base64DecodeWebSafe(encoded: string, _charset?: unknown): Byte[] {
    if (!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded)) throw new Error('Exception: Could not decode string.');
    return toSignedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  gzip(blob: Blob, name?: string): Blob {
    const raw = blob as unknown as FakeBlob;
    return new FakeBlob(
      gzipSync(raw.data),
      'application/x-gzip',
      name ?? (raw.name ? `${raw.name}.gz` : null),
    ) as unknown as Blob;
  }
  ungzip(blob: Blob): Blob {
    const raw = blob as unknown as FakeBlob;
    return new FakeBlob(
      gunzipSync(raw.data),
      null,
      raw.name?.replace(/\.gz$/, '') ?? null,
    ) as unknown as Blob;
  }
  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    return new FakeBlob(bytesOf(data ?? ''), contentType ?? null, name ?? null) as unknown as Blob;
  }
  getUuid(): string {
    if (!this.deterministicUuids) return randomUUID();
    this.uuidCount++;
    return `00000000-0000-4000-8000-${this.uuidCount.toString(16).padStart(12, '0')}`;
  }
  sleep(milliseconds: number): void {
    this.slept += milliseconds;
  }
}

// ---- ScriptApp -------------------------------------------------------------------------------

export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;
export type AuthModeName = keyof typeof AuthMode;

export class FakeTrigger
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Script.Trigger,
      'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getUniqueId' | 'getTriggerSourceId'
    >
{
  get [FAKE_NAME]() {
    return 'Trigger';
  }
  constructor(
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string | null,
    readonly id: string,
    readonly schedule: Record<string, unknown>,
    /** The user who installed it: it runs as that user. */
    readonly owner: string,
  ) {
    super();
  }
  getHandlerFunction(): string {
    return this.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getUniqueId(): string {
    return this.id;
  }
  getTriggerSourceId(): string {
    return this.sourceId ?? '';
  }
}

export class FakeTriggerBuilder
  extends Fake
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'timeBased'>
{
  get [FAKE_NAME]() {
    return 'TriggerBuilder';
  }
  constructor(
    readonly app: FakeScriptApp,
    readonly handler: string,
  ) {
    super();
  }
  forSpreadsheet(sheet: unknown): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : (sheet as { getId(): string }).getId();
    return new FakeSpreadsheetTriggerBuilder(
      this.app,
      this.handler,
      id,
    ) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return new FakeClockTriggerBuilder(
      this.app,
      this.handler,
    ) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
}

export class FakeSpreadsheetTriggerBuilder
  extends Fake
  implements
    Pick<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onOpen' | 'onEdit' | 'onChange' | 'create'>
{
  get [FAKE_NAME]() {
    return 'SpreadsheetTriggerBuilder';
  }
  event = '';
  constructor(
    readonly app: FakeScriptApp,
    readonly handler: string,
    readonly spreadsheetId: string,
  ) {
    super();
  }
  private self(ev: string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.event = ev;
    return this as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  onOpen() {
    return this.self('ON_OPEN');
  }
  onEdit() {
    return this.self('ON_EDIT');
  }
  onChange() {
    return this.self('ON_CHANGE');
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.event) throw new Error('Exception: The trigger needs an event (onOpen, onEdit, onChange).');
    return this.app.addTrigger(this.handler, this.event, 'SPREADSHEETS', this.spreadsheetId, {});
  }
}

export class FakeClockTriggerBuilder
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      'everyMinutes' | 'everyHours' | 'everyDays' | 'atHour' | 'nearMinute' | 'inTimezone' | 'create'
    >
{
  get [FAKE_NAME]() {
    return 'ClockTriggerBuilder';
  }
  schedule: Record<string, unknown> = {};
  constructor(
    readonly app: FakeScriptApp,
    readonly handler: string,
  ) {
    super();
  }
  private set(k: string, v: unknown): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.schedule[k] = v;
    return this as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
  everyMinutes(n: number) {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error('Exception: The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    return this.set('everyMinutes', n);
  }
  everyHours(n: number) {
    return this.set('everyHours', n);
  }
  everyDays(n: number) {
    return this.set('everyDays', n);
  }
  atHour(hour: number) {
    return this.set('atHour', hour);
  }
  nearMinute(minute: number) {
    return this.set('nearMinute', minute);
  }
  inTimezone(timezone: string) {
    return this.set('timeZone', timezone);
  }
  create(): GoogleAppsScript.Script.Trigger {
    return this.app.addTrigger(this.handler, 'CLOCK', 'CLOCK', null, this.schedule);
  }
}

export class FakeScriptApp
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'newTrigger'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'deleteTrigger'
      | 'getScriptId'
      | 'getAuthorizationInfo'
      | 'getIdentityToken'
    >
{
  get [FAKE_NAME]() {
    return 'ScriptApp';
  }
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly EventType = {
    CLOCK: 'CLOCK',
    ON_OPEN: 'ON_OPEN',
    ON_EDIT: 'ON_EDIT',
    ON_CHANGE: 'ON_CHANGE',
  } as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly TriggerSource = {
    SPREADSHEETS: 'SPREADSHEETS',
    CLOCK: 'CLOCK',
  } as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly AuthorizationStatus = {
    REQUIRED: 'REQUIRED',
    NOT_REQUIRED: 'NOT_REQUIRED',
  } as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  /** Every installed trigger of every user (a test reads them all). */
  triggers: FakeTrigger[] = [];
  /** The user the script runs as now (the trigger's owner inside a trigger). */
  currentUser = 'owner@example.org';
  /**
   * An Editor add-on test deployment: installable triggers are not supported there.
   * https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons (Test details)
   */
  testDeployment = false;
  /** Scopes the current user has not granted (granular consent); empty: everything granted. */
  missingScopes: string[] = [];
  /**
   * The OpenID Connect identity token of the current user, as Google would sign it; null when
   * the user has not granted the openid scope (the documented "otherwise null").
   * https://developers.google.com/apps-script/reference/script/script-app#getIdentityToken()
   */
  identityToken: string | null = null;
  private nextId = 1;
  /**
   * Triggers belong to the user who made them; 20 per user per script:
   * https://developers.google.com/apps-script/guides/services/quotas (Triggers: 20 / user / script)
   */
  addTrigger(
    handler: string,
    ev: string,
    source: string,
    sourceId: string | null,
    schedule: Record<string, unknown>,
  ) {
    if (this.testDeployment)
      throw new Error('Exception: Installable triggers are not supported in test deployments of add-ons.');
    if (this.missingScopes.length > 0)
      throw new Error('Exception: You do not have permission to call ScriptApp.newTrigger.');
    if (this.mine().length >= 20)
      throw new Error(
        'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    const t = new FakeTrigger(
      handler,
      ev,
      source,
      sourceId,
      `trigger-${this.nextId++}`,
      { ...schedule },
      this.currentUser,
    );
    this.triggers.push(t);
    return t as unknown as GoogleAppsScript.Script.Trigger;
  }
  private mine(): FakeTrigger[] {
    return this.triggers.filter((t) => t.owner === this.currentUser);
  }
  /**
   * Whether the user has granted every scope the script needs, and where to grant the rest:
   * https://developers.google.com/apps-script/reference/script/authorization-info
   */
  getAuthorizationInfo(_authMode: unknown): GoogleAppsScript.Script.AuthorizationInfo {
    return new FakeAuthorizationInfo(
      this.missingScopes,
    ) as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return new FakeTriggerBuilder(this, functionName) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  /** The current user's triggers in this project (another user's are not visible). */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.mine() as unknown as GoogleAppsScript.Script.Trigger[];
  }
  /**
   * The current user's triggers for this document only:
   * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
   */
  getUserTriggers(spreadsheet: unknown): GoogleAppsScript.Script.Trigger[] {
    // Without the script.scriptapp scope (granular consent) reading triggers fails too.
    if (this.missingScopes.length > 0)
      throw new Error('Exception: You do not have permission to call ScriptApp.getUserTriggers.');
    const id = (spreadsheet as { getId(): string }).getId();
    return this.mine().filter((t) => t.sourceId === id) as unknown as GoogleAppsScript.Script.Trigger[];
  }
  /** A user can delete only their own triggers. */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const raw = trigger as unknown as FakeTrigger;
    if (raw.owner !== this.currentUser) throw new Error('Exception: The trigger belongs to another user.');
    this.triggers = this.triggers.filter((t) => t.id !== raw.id);
  }
  getScriptId(): string {
    return 'fake-script-id';
  }
  getIdentityToken(): string {
    return (this.missingScopes.includes('openid') ? null : this.identityToken) as string;
  }
}

export class FakeAuthorizationInfo
  extends Fake
  implements Pick<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus' | 'getAuthorizationUrl'>
{
  get [FAKE_NAME]() {
    return 'AuthorizationInfo';
  }
  constructor(readonly missing: readonly string[]) {
    super();
  }
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.missing.length > 0
      ? 'REQUIRED'
      : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }
  /** null when nothing is missing, as documented. */
  getAuthorizationUrl(): string {
    return (this.missing.length > 0 ? 'https://script.google.com/a/authorize?fake=1' : null) as string;
  }
}

// ---- UrlFetchApp: real synchronous HTTP, in urlFetch.ts ----------------------------------------

export {
  FakeHttpResponse,
  FakeUrlFetchApp,
  type FetchHandler,
  type FetchReply,
  type FetchRequest,
} from './urlFetch.ts';

export class FakeLogger extends Fake implements Pick<GoogleAppsScript.Base.Logger, 'log'> {
  get [FAKE_NAME]() {
    return 'Logger';
  }
  lines: string[] = [];
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.lines.push([data, ...values].map(String).join(' '));
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
}
