"use strict";
var TienDo = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // src/index.ts
  var index_exports = {};
  __export(index_exports, {
    onInstall: () => onInstall,
    onOpen: () => onOpen,
    runCommand_: () => runCommand_,
    showCampaignInfo: () => showCampaignInfo
  });

  // src/core/messages.ts
  var SHEETS = {
    settings: "Cấu hình",
    units: "Đơn vị",
    summary: "Tổng hợp",
    findings: "Kiểm tra",
    mailLog: "Nhật ký gửi thư",
    history: "Lịch sử"
  };
  var MENU = {
    title: "Tiến Độ",
    campaignInfo: "Thông tin chiến dịch"
  };
  var MSG = {
    sheetMissing: (sheet) => `Không tìm thấy trang tính "${sheet}". Hãy tạo trang "${sheet}" (đúng tên, có dấu) rồi chạy lại.`,
    unitsHeaderMissing: (sheet, label) => `Trang "${sheet}": hàng 1 thiếu cột "${label}". Hãy đặt tiêu đề "${label}" cho cột tên đơn vị.`,
    campaignInfoTitle: "Thông tin chiến dịch",
    campaignInfo: (campaign, units, names) => `Chiến dịch: ${campaign || "(chưa đặt tên)"}
Số đơn vị: ${units}
${names}`,
    unnamedCampaign: "(chưa đặt tên)",
    cannotUse: "Không dùng được bảng tính này",
    unexpected: (detail) => `Đã xảy ra lỗi ngoài dự kiến: ${detail}`
  };

  // src/core/text.ts
  function normalizeLabel(value) {
    return String(value != null ? value : "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function cellText(value) {
    if (value === null || value === void 0) return "";
    return String(value).normalize("NFC").replace(/\s+/g, " ").trim();
  }

  // src/core/workbook.ts
  var WorkbookError = class extends Error {
    constructor(message) {
      super(message);
      this.name = "WorkbookError";
    }
  };
  function settingValue(rows, label) {
    const wanted = normalizeLabel(label);
    const row = rows.find((r) => normalizeLabel(r[0]) === wanted);
    return row ? row[1] : void 0;
  }
  function headerIndex(header, label) {
    const wanted = normalizeLabel(label);
    return header.findIndex((h) => normalizeLabel(h) === wanted);
  }
  function readUnitRows(rows) {
    var _a;
    const header = (_a = rows[0]) != null ? _a : [];
    const nameCol = headerIndex(header, "Đơn vị");
    if (nameCol < 0) throw new WorkbookError(MSG.unitsHeaderMissing(SHEETS.units, "Đơn vị"));
    const parentCol = headerIndex(header, "Cấp trên");
    const units = [];
    rows.slice(1).forEach((r, i) => {
      const name = cellText(r[nameCol]);
      if (!name) return;
      const parent = parentCol >= 0 ? cellText(r[parentCol]) : "";
      units.push({ name, parent: parent || null, row: i + 2 });
    });
    return units;
  }

  // src/addon/commands.ts
  function readCampaignInfo(port) {
    const settings = port.readValues(SHEETS.settings);
    if (!settings) throw new WorkbookError(MSG.sheetMissing(SHEETS.settings));
    const units = port.readValues(SHEETS.units);
    if (!units) throw new WorkbookError(MSG.sheetMissing(SHEETS.units));
    return {
      campaign: cellText(settingValue(settings, "Tên chiến dịch")),
      units: readUnitRows(units).map(({ name, parent }) => ({ name, parent }))
    };
  }
  function runCommand(port, command, now, options = {}) {
    void command;
    void options;
    const info = readCampaignInfo(port);
    return {
      campaign: info.campaign,
      timeZone: port.timeZone,
      now: Utilities.formatDate(now, port.timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX"),
      units: info.units
    };
  }

  // src/addon/workbook-port.ts
  function spreadsheetPort(ss) {
    let byName = null;
    const find = (name) => {
      if (!byName) byName = new Map(ss.getSheets().map((s) => [normalizeLabel(s.getName()), s]));
      return byName.get(normalizeLabel(name));
    };
    return {
      timeZone: ss.getSpreadsheetTimeZone(),
      url: ss.getUrl(),
      readValues(sheetName) {
        const sheet = find(sheetName);
        return sheet ? sheet.getDataRange().getValues() : null;
      }
    };
  }

  // src/addon/menu.ts
  function buildMenu() {
    SpreadsheetApp.getUi().createMenu(MENU.title).addItem(MENU.campaignInfo, "showCampaignInfo").addToUi();
  }
  function describe(error) {
    if (error instanceof WorkbookError) return error.message;
    return MSG.unexpected(error instanceof Error ? error.message : String(error));
  }
  function showCampaignInfo() {
    const ui = SpreadsheetApp.getUi();
    try {
      const info = readCampaignInfo(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()));
      const names = info.units.map((u, i) => `${i + 1}. ${u.name}`).join("\n");
      ui.alert(MSG.campaignInfoTitle, MSG.campaignInfo(info.campaign, info.units.length, names), ui.ButtonSet.OK);
    } catch (error) {
      ui.alert(MSG.cannotUse, describe(error), ui.ButtonSet.OK);
    }
  }

  // src/index.ts
  function onOpen() {
    buildMenu();
  }
  function onInstall() {
    onOpen();
  }
  function runCommand_(command, options = {}) {
    try {
      return { result: runCommand(spreadsheetPort(SpreadsheetApp.getActiveSpreadsheet()), command, /* @__PURE__ */ new Date(), options) };
    } catch (error) {
      if (error instanceof WorkbookError) return { fatal: error.message };
      throw error;
    }
  }
  return __toCommonJS(index_exports);
})();

// Apps Script entry points
function onInstall() {
  return TienDo.onInstall.apply(this, arguments);
}
function onOpen() {
  return TienDo.onOpen.apply(this, arguments);
}
function runCommand_() {
  return TienDo.runCommand_.apply(this, arguments);
}
function showCampaignInfo() {
  return TienDo.showCampaignInfo.apply(this, arguments);
}

