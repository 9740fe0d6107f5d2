// The spreadsheet UI as a test sees it: menus recorded, dialogs recorded, and alerts and
// prompts answered from a queue the test fills (an unanswered one fails loudly).
import { instrument } from './calls';
import type { MenuItem, RuntimeContext } from './context';
import type { FakeHtmlOutput } from './html-service';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
type ButtonName = keyof typeof Button;

export class FakeMenu {
  readonly items: MenuItem[] = [];
  constructor(
    readonly rt: RuntimeContext,
    readonly name: string,
    readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): FakeMenu {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.items.push({ caption: '', separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    this.items.push({
      caption: menu.name,
      submenu: { name: menu.name, items: menu.items, addon: false },
    });
    return this;
  }
  addToUi(): void {
    const menu = { name: this.name, items: this.items, addon: this.addon };
    const i = this.rt.menus.findIndex((m) => m.name === this.name);
    if (i >= 0) this.rt.menus[i] = menu;
    else this.rt.menus.push(menu);
  }
}

/** Title, message and buttons of (prompt) | (prompt, buttons) | (title, prompt, buttons). */
function dialogArgs(a: string, b?: unknown, c?: unknown): [string, string, string] {
  if (c !== undefined) return [a, String(b ?? ''), String(c)];
  if (b !== undefined && String(b) in ButtonSet) return ['', a, String(b)];
  return ['', a, ButtonSet.OK];
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(readonly rt: RuntimeContext) {}

  private answer(
    kind: 'alert' | 'prompt',
    title: string,
    message: string,
    buttons: string,
  ): { button: string; text: string } {
    const next = this.rt.answers.shift();
    if (!next) {
      throw new Error(
        `Local runtime: the script showed ${kind} "${title || message}" but the test queued no answer`,
      );
    }
    this.rt.dialogs.push({
      kind,
      title,
      message,
      buttons,
      answer: next.button,
      response: next.text,
    });
    return { button: next.button, text: next.text ?? '' };
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.rt, caption, false);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.rt, this.rt.addonName, true);
  }
  alert(a: string, b?: unknown, c?: unknown): string {
    return this.answer('alert', ...dialogArgs(a, b, c)).button;
  }
  prompt(
    a: string,
    b?: unknown,
    c?: unknown,
  ): { getResponseText(): string; getSelectedButton(): string } {
    const { button, text } = this.answer('prompt', ...dialogArgs(a, b, c));
    return { getResponseText: () => text, getSelectedButton: () => button };
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.rt.dialogs.push({ kind: 'modal', title, message: userInterface.getContent() });
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.rt.dialogs.push({ kind: 'modeless', title, message: userInterface.getContent() });
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.rt.dialogs.push({
      kind: 'sidebar',
      title: userInterface.getTitle(),
      message: userInterface.getContent(),
    });
  }
}
instrument(FakeUi, 'Ui');

export type { ButtonName };
