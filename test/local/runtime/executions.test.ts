// Executions as Apps Script runs them: writes buffered until a flush, the execution's own read
// or its end; a modelled clock; the 6-minute limit that no catch survives.
import { describe, expect, it } from 'vitest';
import { COSTS, ExecutionStopped, LocalRuntime } from '../../../src/local/runtime';

function setup() {
  const rt = new LocalRuntime({ now: Date.UTC(2023, 6, 14, 1, 0) });
  rt.addSheet('Nhật ký', [['Thời gian', 'Kết quả']]);
  const sheet = () => rt.spreadsheet.getSheetByName('Nhật ký')!;
  return { rt, sheet };
}

describe('writes of an execution', () => {
  it('are not seen by another execution until flushed, and are seen by their own next read', () => {
    const { rt, sheet } = setup();
    let seenByOther: unknown[][] = [];
    let seenByOwn: unknown[][] = [];
    rt.executions.run('a@x.vn', () => {
      sheet()
        .getRange('A2:B2')
        .setValues([['8 giờ sáng', 'Đã gửi']]);
      // Another execution, between two calls of this one.
      rt.executions.run('b@x.vn', () => {
        seenByOther = sheet().getRange('A1:B2').getValues();
      });
      seenByOwn = sheet().getRange('A1:B2').getValues();
    });
    expect(seenByOther).toEqual([
      ['Thời gian', 'Kết quả'],
      ['', ''],
    ]);
    expect(seenByOwn[1]).toEqual(['8 giờ sáng', 'Đã gửi']);
  });

  it('are applied by SpreadsheetApp.flush() and at the end of the execution', () => {
    const { rt, sheet } = setup();
    const app = rt.globals().SpreadsheetApp as { flush(): void };
    const seen: unknown[] = [];
    rt.executions.run('a@x.vn', () => {
      sheet().getRange('B2').setValue('Đang gửi');
      app.flush();
      rt.executions.run('b@x.vn', () => seen.push(sheet().getRange('B2').getValue()));
      sheet().getRange('B3').setValue('Đã gửi');
    });
    expect(seen).toEqual(['Đang gửi']);
    expect(sheet().getRange('B3').getValue()).toBe('Đã gửi');
  });

  it('are checked when made: a grid that does not fit the range throws at the call', () => {
    const { rt, sheet } = setup();
    expect(() =>
      rt.executions.run('a@x.vn', () =>
        sheet()
          .getRange('A2:B2')
          .setValues([['x']]),
      ),
    ).toThrow(/number of columns in the data does not match/);
  });
});

describe('the modelled clock', () => {
  it('advances by the cost of each call (mid costs): metadata, a read, a write', () => {
    const { rt, sheet } = setup();
    const t0 = rt.now();
    rt.executions.run('a@x.vn', () => {
      // getSheetByName and getRange are metadata calls: 5 ms each.
      sheet().getRange('A1:B2').getValues(); // 120 ms + 4 cells × 0.01 ms
      sheet()
        .getRange('A3:B3')
        .setValues([['x', 'y']]); // 100 ms + 2 cells × 0.05 ms
    });
    expect(rt.now() - t0).toBeCloseTo(4 * 5 + 120 + 0.04 + 100 + 0.1, 2);
    const [record] = rt.executions.history;
    // Start-up counts towards the execution's length, not the clock its script reads.
    expect(record.ms).toBeCloseTo(COSTS.mid.startup + 240.14, 2);
  });
});

describe('the 6-minute limit', () => {
  it('stops an execution at its first call past 6 minutes; catching it does not help', () => {
    const { rt, sheet } = setup();
    let calls = 0;
    let caught = 0;
    expect(() =>
      rt.executions.run('a@x.vn', () => {
        for (;;) {
          try {
            sheet().getRange('A1').getValue();
            calls++;
          } catch {
            caught++;
            if (caught > 3) throw new Error('the script went on after its time was up');
          }
        }
      }),
    ).toThrow(ExecutionStopped);
    // Each turn: getSheetByName 5 ms, getRange 5 ms, getValue 120 ms + 0.01 ms per cell.
    // (360 s - 1 s start-up) / 130.01 ms = 2761.3: 2761 turns fit.
    expect(calls).toBe(2761);
    expect(rt.executions.history.at(-1)!.stopped).toBe(true);
  });

  it('runs on past 6 minutes when built without a limit, as the command line is', () => {
    const rt = new LocalRuntime({ now: Date.UTC(2023, 6, 14, 1, 0), executionLimitMs: null });
    rt.addSheet('Nhật ký', [['Thời gian', 'Kết quả']]);
    let calls = 0;
    rt.executions.run('a@x.vn', () => {
      // 4000 turns of 130.01 ms: 520 s, past the 2761 turns that fit in 6 minutes.
      for (; calls < 4000; calls++)
        rt.spreadsheet.getSheetByName('Nhật ký')!.getRange('A1').getValue();
    });
    expect(calls).toBe(4000);
    expect(rt.executions.history.at(-1)!.stopped).toBe(false);
    expect(rt.executions.history.at(-1)!.ms).toBeGreaterThan(6 * 60 * 1000);
  });

  it('loses the writes still buffered when it is stopped', () => {
    const { rt, sheet } = setup();
    rt.executions.stopAtCall = 3;
    expect(() =>
      rt.executions.run('a@x.vn', () => {
        sheet().getRange('B2').setValue('Đang gửi'); // call 1 (getRange), call 2 (setValue)
        sheet(); // not a service call
        sheet().getRange('B3'); // call 3: stopped here
      }),
    ).toThrow('Exceeded maximum execution time');
    expect(sheet().getRange('B2').getValue()).toBe('');
  });
});
