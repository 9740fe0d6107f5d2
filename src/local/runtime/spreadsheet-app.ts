// SpreadsheetApp: the way in to the active spreadsheet and its UI, the builders of validation and
// conditional format rules, and the enums scripts read from SpreadsheetApp.
import { instrument } from './calls';
import { FakeConditionalFormatRuleBuilder } from './conditional-format';
import type { RuntimeContext } from './context';
import { DataValidationCriteria, FakeDataValidationBuilder } from './data-validation';
import { exception } from './errors';
import { ProtectionType } from './protection';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

export class FakeSpreadsheetApp {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = { SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', DOTTED: 'DOTTED' };
  readonly WrapStrategy = { WRAP: 'WRAP', CLIP: 'CLIP', OVERFLOW: 'OVERFLOW' };
  constructor(
    readonly rt: RuntimeContext,
    private readonly ss: FakeSpreadsheet,
  ) {}
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.ss;
  }
  getActive(): FakeSpreadsheet {
    return this.ss;
  }
  getActiveSheet(): FakeSheet {
    return this.ss.getActiveSheet();
  }
  openById(id: string): FakeSpreadsheet {
    if (id !== this.ss.getId())
      throw exception(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return this.ss;
  }
  getUi(): FakeUi {
    return new FakeUi(this.rt);
  }
  flush(): void {}
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
}
instrument(FakeSpreadsheetApp, 'SpreadsheetApp');
