// "Tạo mẫu bảng tính": the `Cấu hình` and `Đơn vị` sheets a new campaign starts from, with every
// setting's default and explanation, the units' headers with notes, and two example rows.
import { columnWidths } from './layout';
import type { OutputSheet, SheetEdit } from './output';
import {
  ENTRY_MODES,
  ROUNDING,
  SETTING,
  SETTINGS_HEADER,
  SHEETS,
  UNITS_TEMPLATE_COLUMNS,
  UNITS_TEMPLATE_EXAMPLES,
  UNITS_TEMPLATE_EXAMPLE_NOTE,
  UNIT_COLUMN,
  YES_NO,
} from './vocabulary';

/** Rows of `Đơn vị` formatted as dates in the template's deadline column. */
const DEADLINE_ROWS = 500;

export interface TemplateSheet {
  output: OutputSheet;
  /** Formats, validation and notes, applied once the sheet is written. */
  edit: SheetEdit;
}

/** The width of `Cấu hình`'s values: a campaign's name, a list of addresses. */
const SETTING_VALUE_WIDTH = 260;

function settingsSheet(): TemplateSheet {
  const settings = Object.values(SETTING);
  const row = (label: string) => settings.findIndex((s) => s.label === label) + 2;
  const rows = [[...SETTINGS_HEADER], ...settings.map((s) => [s.label, s.template, s.help])];
  return {
    output: {
      name: SHEETS.settings,
      rows,
      boldRows: [1],
      frozenRows: 1,
      wide: { col: 3, width: 560 },
    },
    edit: {
      sheet: SHEETS.settings,
      create: false,
      steps: [
        // Labels and values side by side, on screen and on paper.
        { op: 'width', col: 1, width: columnWidths(rows, { fromRow: 1, boldRows: [1] })[0] },
        { op: 'width', col: 2, width: SETTING_VALUE_WIDTH },
        // The start and the deadline, one below the other.
        {
          op: 'rules',
          area: { row: row(SETTING.start.label), col: 2, rows: 2, cols: 1 },
          format: 'dd/MM/yyyy',
        },
        {
          op: 'rules',
          area: { row: row(SETTING.mode.label), col: 2, rows: 1, cols: 1 },
          validation: { kind: 'list', values: [ENTRY_MODES.daily, ENTRY_MODES.cumulative] },
        },
        // Saturday and Sunday, one below the other.
        {
          op: 'rules',
          area: { row: row(SETTING.saturday.label), col: 2, rows: 2, cols: 1 },
          validation: { kind: 'list', values: [YES_NO.yes, YES_NO.no] },
        },
        {
          op: 'rules',
          area: { row: row(SETTING.rounding.label), col: 2, rows: 1, cols: 1 },
          validation: { kind: 'list', values: [ROUNDING.up, ROUNDING.nearest] },
        },
        {
          op: 'notes',
          area: { row: 2, col: 1, rows: settings.length, cols: 1 },
          notes: settings.map((s) => [s.help]),
        },
      ],
    },
  };
}

function unitsSheet(): TemplateSheet {
  const headers = UNITS_TEMPLATE_COLUMNS.map((c) => c.header);
  return {
    output: {
      name: SHEETS.units,
      rows: [headers, ...UNITS_TEMPLATE_EXAMPLES.map((r) => [...r])],
      boldRows: [1],
      frozenRows: 1,
      wide: { col: 5, width: 240 },
      // Room for the units to come, with their deadline column formatted.
      minRows: 1 + DEADLINE_ROWS,
    },
    edit: {
      sheet: SHEETS.units,
      create: false,
      steps: [
        {
          op: 'notes',
          area: { row: 1, col: 1, rows: 1, cols: headers.length },
          notes: [UNITS_TEMPLATE_COLUMNS.map((c) => c.note)],
        },
        {
          op: 'notes',
          area: { row: 2, col: 1, rows: UNITS_TEMPLATE_EXAMPLES.length, cols: 1 },
          notes: UNITS_TEMPLATE_EXAMPLE_NOTE,
        },
        {
          op: 'rules',
          area: {
            row: 2,
            col: headers.indexOf(UNIT_COLUMN.deadline) + 1,
            rows: DEADLINE_ROWS,
            cols: 1,
          },
          format: 'dd/MM/yyyy',
        },
      ],
    },
  };
}

/** The two template sheets, in the order they are added. */
export function templateSheets(): TemplateSheet[] {
  return [settingsSheet(), unitsSheet()];
}
