// Fake Ui (menus, alerts, prompts, sidebars, dialogs) and HtmlService. Dialog answers are
// queued by the test (ui.answer(...)); every dialog shown is recorded for assertions.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAKE_NAME, Fake } from './base.ts';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export type ButtonName = keyof typeof Button;

export interface MenuItem {
  caption: string;
  functionName: string;
}
export type MenuEntry = MenuItem | { separator: true } | { subMenu: FakeMenu };

export class FakeMenu
  extends Fake
  implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  get [FAKE_NAME]() {
    return 'Menu';
  }
  entries: MenuEntry[] = [];
  constructor(
    readonly ui: FakeUi,
    readonly title: string,
  ) {
    super();
  }
  addItem(caption: string, functionName: string): Menu {
    this.entries.push({ caption, functionName });
    return this as unknown as Menu;
  }
  addSeparator(): Menu {
    this.entries.push({ separator: true });
    return this as unknown as Menu;
  }
  addSubMenu(menu: Menu): Menu {
    this.entries.push({ subMenu: menu as unknown as FakeMenu });
    return this as unknown as Menu;
  }
  addToUi(): void {
    this.ui.menus = this.ui.menus.filter((m) => m.title !== this.title);
    this.ui.menus.push(this);
  }
  /** Every item, sub-menus flattened. */
  items(): MenuItem[] {
    return this.entries.flatMap((e) => ('caption' in e ? [e] : 'subMenu' in e ? e.subMenu.items() : []));
  }
}

export class FakePromptResponse
  extends Fake
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  get [FAKE_NAME]() {
    return 'PromptResponse';
  }
  constructor(
    readonly text: string,
    readonly button: ButtonName,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

export interface Dialog {
  kind: 'alert' | 'prompt' | 'sidebar' | 'modal' | 'modeless';
  title: string;
  text: string;
  buttons?: string;
  html?: FakeHtmlOutput;
}

export type Answer = { button: ButtonName; text?: string };

export class FakeUi
  extends Fake
  implements
    Pick<
      Ui,
      | 'createAddonMenu'
      | 'createMenu'
      | 'alert'
      | 'prompt'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
    >
{
  get [FAKE_NAME]() {
    return 'Ui';
  }
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  menus: FakeMenu[] = [];
  dialogs: Dialog[] = [];
  private answers: Answer[] = [];

  /** Queues the user's answer to the next alert or prompt. */
  answer(button: ButtonName, text?: string): this {
    this.answers.push({ button, text });
    return this;
  }
  pendingAnswers(): number {
    return this.answers.length;
  }
  alerts(): string[] {
    return this.dialogs.filter((d) => d.kind === 'alert').map((d) => d.text);
  }
  private next(kind: string, text: string, buttons: string): Answer {
    const a = this.answers.shift();
    if (a) return a;
    // An OK-only alert needs no answer; any question the test did not expect is an error.
    if (buttons === 'OK') return { button: 'OK' };
    throw new Error(`test: unexpected ${kind} (${buttons}) with no queued answer: ${text}`);
  }
  createAddonMenu(): Menu {
    return new FakeMenu(this, 'Art30') as unknown as Menu;
  }
  createMenu(caption: string): Menu {
    return new FakeMenu(this, caption) as unknown as Menu;
  }
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    let title = '';
    let text = a;
    let buttons = 'OK';
    if (typeof b === 'string' && c !== undefined) {
      title = a;
      text = b;
      buttons = String(c);
    } else if (b !== undefined) buttons = String(b);
    this.dialogs.push({ kind: 'alert', title, text, buttons });
    return this.next('alert', text, buttons).button as unknown as GoogleAppsScript.Base.Button;
  }
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    let title = '';
    let text = a;
    let buttons = 'OK';
    if (typeof b === 'string' && c !== undefined) {
      title = a;
      text = b;
      buttons = String(c);
    } else if (b !== undefined) buttons = String(b);
    this.dialogs.push({ kind: 'prompt', title, text, buttons });
    const ans = this.answers.shift();
    if (!ans) throw new Error(`test: unexpected prompt with no queued answer: ${text}`);
    return new FakePromptResponse(
      ans.text ?? '',
      ans.button,
    ) as unknown as GoogleAppsScript.Base.PromptResponse;
  }
  showSidebar(userInterface: HtmlOutput): void {
    const html = userInterface as unknown as FakeHtmlOutput;
    this.dialogs.push({ kind: 'sidebar', title: html.title, text: '', html });
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.dialogs.push({ kind: 'modal', title, text: '', html: userInterface as unknown as FakeHtmlOutput });
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.dialogs.push({
      kind: 'modeless',
      title,
      text: '',
      html: userInterface as unknown as FakeHtmlOutput,
    });
  }
}

export class FakeHtmlOutput
  extends Fake
  implements
    Pick<
      HtmlOutput,
      | 'setTitle'
      | 'getTitle'
      | 'setWidth'
      | 'getWidth'
      | 'setHeight'
      | 'getHeight'
      | 'getContent'
      | 'setContent'
      | 'append'
    >
{
  get [FAKE_NAME]() {
    return 'HtmlOutput';
  }
  title = '';
  width = 300;
  height = 400;
  constructor(
    public content: string,
    readonly fileName: string | null,
  ) {
    super();
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this as unknown as HtmlOutput;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this as unknown as HtmlOutput;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this as unknown as HtmlOutput;
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this as unknown as HtmlOutput;
  }
  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this as unknown as HtmlOutput;
  }
}

export class FakeHtmlTemplate
  extends Fake
  implements Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getRawContent'>
{
  get [FAKE_NAME]() {
    return 'HtmlTemplate';
  }
  constructor(
    readonly raw: string,
    readonly fileName: string,
  ) {
    super();
  }
  getRawContent(): string {
    return this.raw;
  }
  /** Scriptlets are not evaluated; pages in this project are built, not templated. */
  evaluate(): HtmlOutput {
    return new FakeHtmlOutput(this.raw, this.fileName) as unknown as HtmlOutput;
  }
}

export class FakeHtmlService
  extends Fake
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      'createHtmlOutputFromFile' | 'createHtmlOutput' | 'createTemplateFromFile'
    >
{
  get [FAKE_NAME]() {
    return 'HtmlService';
  }
  readonly SandboxMode = {
    IFRAME: 'IFRAME',
    NATIVE: 'NATIVE',
    EMULATED: 'EMULATED',
  } as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = {
    ALLOWALL: 'ALLOWALL',
    DEFAULT: 'DEFAULT',
  } as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  /** The built folder the pushed HTML files come from (build/addon-test in tests). */
  constructor(readonly buildDir: string) {
    super();
  }
  private read(filename: string): string {
    const name = filename.endsWith('.html') ? filename : `${filename}.html`;
    try {
      return readFileSync(join(this.buildDir, name), 'utf8');
    } catch {
      throw new Error(`Exception: No HTML file named ${filename} was found.`);
    }
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new FakeHtmlOutput(this.read(filename), filename) as unknown as HtmlOutput;
  }
  createHtmlOutput(html?: unknown): HtmlOutput {
    return new FakeHtmlOutput(html === undefined ? '' : String(html), null) as unknown as HtmlOutput;
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return new FakeHtmlTemplate(
      this.read(filename),
      filename,
    ) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
}
