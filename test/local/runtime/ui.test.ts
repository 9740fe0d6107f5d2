import { describe, expect, it } from 'vitest';
import type {
  FakeHtmlService,
  FakePropertiesService,
  FakeSpreadsheetApp,
} from '../../../src/local/runtime';
import { runtime } from '../../helpers';

function app(rt = runtime()) {
  return rt.globals().SpreadsheetApp as FakeSpreadsheetApp;
}

describe('the spreadsheet UI', () => {
  it('records menus with their items', () => {
    const rt = runtime();
    const ui = app(rt).getUi();
    ui.createMenu('Tiến Độ')
      .addItem('Kiểm tra', 'validate')
      .addSeparator()
      .addSubMenu(ui.createMenu('Lịch').addItem('Bật', 'on'))
      .addToUi();
    expect(rt.menus).toEqual([
      {
        name: 'Tiến Độ',
        addon: false,
        items: [
          { caption: 'Kiểm tra', functionName: 'validate' },
          { caption: '', separator: true },
          {
            caption: 'Lịch',
            submenu: {
              name: 'Lịch',
              addon: false,
              items: [{ caption: 'Bật', functionName: 'on' }],
            },
          },
        ],
      },
    ]);
  });

  it('answers alerts and prompts from what the test queued, and fails when nothing is queued', () => {
    const rt = runtime();
    const ui = app(rt).getUi();
    rt.answer('YES');
    rt.answer('OK', '13/07/2023');
    expect(ui.alert('Gửi thư', 'Gửi 3 thư ngay bây giờ?', ui.ButtonSet.YES_NO)).toBe('YES');
    const r = ui.prompt('Tổng hợp đến ngày', 'Nhập ngày dd/MM/yyyy', ui.ButtonSet.OK_CANCEL);
    expect([r.getSelectedButton(), r.getResponseText()]).toEqual(['OK', '13/07/2023']);
    expect(rt.dialogs.map((d) => [d.kind, d.title])).toEqual([
      ['alert', 'Gửi thư'],
      ['prompt', 'Tổng hợp đến ngày'],
    ]);
    expect(() => ui.alert('Không ai trả lời')).toThrow(/queued no answer/);
  });

  it('records HTML dialogs and toasts', () => {
    const rt = runtime();
    const g = rt.globals();
    const html = (g.HtmlService as FakeHtmlService)
      .createHtmlOutput('<p>Xem trước</p>')
      .setWidth(600);
    app(rt).getUi().showModalDialog(html, 'Thư sẽ gửi');
    app(rt).getActiveSpreadsheet().toast('Đã kiểm tra: 2 lỗi', 'Tiến Độ');
    expect(rt.dialogs).toEqual([
      { kind: 'modal', title: 'Thư sẽ gửi', message: '<p>Xem trước</p>' },
    ]);
    expect(rt.spreadsheet.toasts).toEqual([
      { message: 'Đã kiểm tra: 2 lỗi', title: 'Tiến Độ', timeoutSeconds: 5 },
    ]);
  });

  it('refuses getUi where there is no UI (a trigger or the command line)', () => {
    expect(() => app(runtime({ ui: false })).getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('in AuthMode.NONE allows the UI but not the document or other services', () => {
    const rt = runtime({ authMode: 'NONE' });
    const g = rt.globals();
    expect(() =>
      (g.SpreadsheetApp as FakeSpreadsheetApp).getUi().createMenu('Tiến Độ').addToUi(),
    ).not.toThrow();
    expect(() => (g.SpreadsheetApp as FakeSpreadsheetApp).getActiveSpreadsheet()).toThrow(
      /permission/,
    );
    expect(() => (g.PropertiesService as FakePropertiesService).getDocumentProperties()).toThrow(
      /permission/,
    );
  });
});
