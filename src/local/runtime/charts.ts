// Embedded charts and their builder, recorded on the sheet (the local runtime does not draw them).
import type { RangeRef } from './refs';

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

let chartIds = 1;

export class FakeEmbeddedChart {
  readonly id = chartIds++;
  constructor(
    readonly type: string,
    readonly ranges: RangeRef[],
    readonly options: Record<string, unknown>,
    readonly position: { row: number; col: number; offsetX: number; offsetY: number },
  ) {}
  getChartId(): number {
    return this.id;
  }
  getRanges(): RangeRef[] {
    return [...this.ranges];
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (key: string) => this.options[key] };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number } {
    return { getAnchorRow: () => this.position.row, getAnchorColumn: () => this.position.col };
  }
  modify(): FakeEmbeddedChartBuilder {
    const b = new FakeEmbeddedChartBuilder();
    b.type = this.type;
    b.ranges = [...this.ranges];
    b.options = { ...this.options };
    b.position = { ...this.position };
    b.replaces = this;
    return b;
  }
}

export class FakeEmbeddedChartBuilder {
  type: string = ChartType.LINE;
  ranges: RangeRef[] = [];
  options: Record<string, unknown> = {};
  position = { row: 1, col: 1, offsetX: 0, offsetY: 0 };
  replaces: FakeEmbeddedChart | null = null;

  setChartType(type: unknown): this {
    // Charts.ChartType's values are their names here (see ChartType).
    this.type = type as string;
    return this;
  }
  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }
  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }
  addRange(range: RangeRef): this {
    this.ranges.push(range);
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  setPosition(row: number, col: number, offsetX: number, offsetY: number): this {
    this.position = { row, col, offsetX, offsetY };
    return this;
  }
  build(): FakeEmbeddedChart {
    const chart = new FakeEmbeddedChart(
      this.type,
      [...this.ranges],
      { ...this.options },
      { ...this.position },
    );
    return this.replaces ? Object.assign(chart, { id: this.replaces.id }) : chart;
  }
}
