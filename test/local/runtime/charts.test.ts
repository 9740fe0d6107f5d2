import { describe, expect, it } from 'vitest';
import { runtime } from '../../helpers';

describe('charts', () => {
  it('records charts', () => {
    const rt = runtime();
    const sheet = rt.addSheet('Lịch sử', [
      ['Ngày', 'Lũy kế'],
      ['13/07/2023', 14210],
    ]);
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('A1:B2'))
      .setPosition(1, 4, 0, 0)
      .setOption('title', 'Tiến độ')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B2');
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Tiến độ');
    sheet.removeChart(chart);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
