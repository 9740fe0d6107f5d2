// HtmlService: HTML outputs built from strings or from the project's HTML files, for the
// dialogs and sidebars the Ui shows.
import { exception } from './errors';

export class FakeHtmlOutput {
  title = '';
  width = 400;
  height = 300;
  constructor(public content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.content = content;
    return this;
  }
  append(addedContent: string): FakeHtmlOutput {
    this.content += addedContent;
    return this;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }
  // Dialogs are recorded, not shown: the sandbox and framing modes change nothing here.
  setSandboxMode(mode?: unknown): FakeHtmlOutput {
    void mode;
    return this;
  }
  setXFrameOptionsMode(mode?: unknown): FakeHtmlOutput {
    void mode;
    return this;
  }
}

export class FakeHtmlService {
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  constructor(private readonly files: Record<string, string>) {}
  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const content = this.files[filename] ?? this.files[`${filename}.html`];
    if (content === undefined) throw exception(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(content);
  }
}
