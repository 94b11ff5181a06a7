/*
 * An in-memory WPS 表格 (ET) workbook implementing the part of the object model the add-in
 * uses: Application.ActiveWorkbook/ActiveSheet/StatusBar/DisplayAlerts/Selection, Workbook
 * Name/FullName/Worksheets, Worksheets.Count/Item/Add, Worksheet Name/Range/UsedRange/
 * Activate/Delete, Range Value2/NumberFormat/Row/Column/Rows.Count/Columns.Count/ClearContents/
 * Clear/ClearFormats/Address. It behaves like COM where the add-in relies on it: one cell
 * reads as a scalar, a block as rows; empty cells read as undefined; dates are serial numbers
 * with a date number format; error values are CVErr codes; a mixed NumberFormat reads null;
 * a duplicate sheet name throws.
 */
"use strict";

function lettersToNumber(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseAddress(address) {
  const parts = String(address).replace(/\$/g, "").toUpperCase().split(":");
  const cell = (text) => {
    const m = /^([A-Z]+)(\d+)$/.exec(text);
    if (!m) throw new Error("bad address " + address);
    return [Number(m[2]), lettersToNumber(m[1])];
  };
  const [r1, c1] = cell(parts[0]);
  const [r2, c2] = parts.length > 1 ? cell(parts[1]) : [r1, c1];
  return [Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)];
}

class MockRange {
  constructor(sheet, r1, c1, r2, c2) {
    Object.assign(this, { sheet, r1, c1, r2, c2 });
    this.Rows = { Count: r2 - r1 + 1 };
    this.Columns = { Count: c2 - c1 + 1 };
    const range = this;
    this.Interior = {
      get Color() { return range.sheet.get(range.r1, range.c1).color; },
      set Color(bgr) { for (const [r, c] of range.cells()) range.sheet.cell(r, c).color = bgr; },
    };
    this.EntireColumn = { AutoFit() {} };
    this.EntireRow = { AutoFit() {} };
  }
  get Row() { return this.r1; }
  get Column() { return this.c1; }
  cells() {
    const out = [];
    for (let r = this.r1; r <= this.r2; r++) for (let c = this.c1; c <= this.c2; c++) out.push([r, c]);
    return out;
  }
  get Value2() {
    this.sheet.book.app.reads++;
    if (this.r1 === this.r2 && this.c1 === this.c2) return this.sheet.get(this.r1, this.c1).value;
    const rows = [];
    for (let r = this.r1; r <= this.r2; r++) {
      const row = [];
      for (let c = this.c1; c <= this.c2; c++) row.push(this.sheet.get(r, c).value);
      rows.push(row);
    }
    return rows;
  }
  set Value2(v) {
    this.sheet.book.app.writes++;
    if (!Array.isArray(v)) {
      for (const [r, c] of this.cells()) this.sheet.setValue(r, c, v);
      return;
    }
    if (v.length !== this.Rows.Count || v.some((row) => row.length !== this.Columns.Count)) {
      throw new Error("Value2 array does not match the range " + this.Address());
    }
    v.forEach((row, i) => row.forEach((x, j) => this.sheet.setValue(this.r1 + i, this.c1 + j, x)));
  }
  get NumberFormat() {
    this.sheet.book.app.formatReads++;
    const formats = new Set(this.cells().map(([r, c]) => this.sheet.get(r, c).format));
    return formats.size === 1 ? [...formats][0] : null;
  }
  set NumberFormat(f) {
    for (const [r, c] of this.cells()) this.sheet.cell(r, c).format = f;
  }
  ClearContents() { for (const [r, c] of this.cells()) this.sheet.setValue(r, c, undefined); }
  ClearFormats() { for (const [r, c] of this.cells()) this.sheet.cell(r, c).format = "General"; }
  Clear() { this.ClearContents(); this.ClearFormats(); }
  Select() { this.sheet.book.app.Selection = this; }
  Address(rowAbsolute = true, columnAbsolute = true) {
    const one = (r, c) => (columnAbsolute ? "$" : "") + columnLetters(c) + (rowAbsolute ? "$" : "") + r;
    const first = one(this.r1, this.c1);
    return this.r1 === this.r2 && this.c1 === this.c2 ? first : first + ":" + one(this.r2, this.c2);
  }
}

function columnLetters(n) {
  let s = "";
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

class MockSheet {
  constructor(book, name) {
    this.book = book;
    this._name = name;
    this.store = new Map(); // "r,c" → {value, format}
  }
  get Name() { return this._name; }
  set Name(v) {
    if (this.book.sheets.some((s) => s !== this && s._name.toLowerCase() === String(v).toLowerCase())) {
      throw new Error("不能将工作表名称设置为与其他工作表相同的名称: " + v);
    }
    this._name = String(v);
  }
  get Index() { return this.book.sheets.indexOf(this) + 1; }
  get(r, c) { return this.store.get(r + "," + c) || { value: undefined, format: "General" }; }
  cell(r, c) {
    const key = r + "," + c;
    if (!this.store.has(key)) this.store.set(key, { value: undefined, format: "General" });
    return this.store.get(key);
  }
  setValue(r, c, v) {
    if (v === "" || v === null) v = undefined; // COM: assigning "" empties the cell
    this.cell(r, c).value = v;
  }
  Range(address) {
    const [r1, c1, r2, c2] = parseAddress(address);
    return new MockRange(this, r1, c1, r2, c2);
  }
  get UsedRange() {
    let r1 = Infinity, c1 = Infinity, r2 = 0, c2 = 0;
    for (const [key, cell] of this.store) {
      if (cell.value === undefined && cell.format === "General") continue;
      const [r, c] = key.split(",").map(Number);
      r1 = Math.min(r1, r); c1 = Math.min(c1, c); r2 = Math.max(r2, r); c2 = Math.max(c2, c);
    }
    if (!r2) return new MockRange(this, 1, 1, 1, 1);
    return new MockRange(this, r1, c1, r2, c2);
  }
  Activate() { this.book.active = this; }
  Delete() {
    if (this.book.app.DisplayAlerts !== false) throw new Error("Delete would ask the user");
    this.book.sheets.splice(this.book.sheets.indexOf(this), 1);
  }
  /** The values from A1 to the last cell holding a value; [] for a sheet without values. */
  values() {
    let lastRow = 0, lastCol = 0;
    for (const [key, cell] of this.store) {
      if (cell.value === undefined) continue;
      const [r, c] = key.split(",").map(Number);
      lastRow = Math.max(lastRow, r); lastCol = Math.max(lastCol, c);
    }
    const rows = [];
    for (let r = 1; r <= lastRow; r++) {
      const row = [];
      for (let c = 1; c <= lastCol; c++) {
        const v = this.get(r, c).value;
        row.push(v === undefined ? null : v);
      }
      rows.push(row);
    }
    return rows;
  }
}

class MockWorksheets {
  constructor(book) { this.book = book; }
  get Count() { return this.book.sheets.length; }
  Item(i) {
    const sheet = typeof i === "number" ? this.book.sheets[i - 1] : this.book.sheets.find((s) => s.Name === i);
    if (!sheet) throw new Error("no sheet " + i);
    return sheet;
  }
  Add(before, after) {
    let n = this.book.sheets.length + 1;
    while (this.book.sheets.some((s) => s.Name === "Sheet" + n)) n++;
    const sheet = new MockSheet(this.book, "Sheet" + n);
    let at = 0;
    if (before) at = this.book.sheets.indexOf(before);
    else if (after) at = this.book.sheets.indexOf(after) + 1;
    this.book.sheets.splice(at, 0, sheet);
    this.book.active = sheet;
    return sheet;
  }
}

class MockWorkbook {
  constructor(app, name, fullName) {
    Object.assign(this, { app, Name: name, FullName: fullName || name });
    this.sheets = [];
    this.Worksheets = new MockWorksheets(this);
    this.active = null;
  }
}

class MockApplication {
  constructor() {
    this.ActiveWorkbook = null;
    this.StatusBar = false;
    this.statusHistory = [];
    this.DisplayAlerts = true;
    this.Selection = null;
    this.reads = 0;
    this.formatReads = 0;
    this.writes = 0;
  }
  get ActiveSheet() { return this.ActiveWorkbook && this.ActiveWorkbook.active; }
}

/** Return an Application holding the workbook described by `fixture` (see tests/wps/fixtures.py). */
function fromFixture(fixture) {
  const app = new MockApplication();
  const book = new MockWorkbook(app, fixture.name, fixture.fullName);
  for (const s of fixture.sheets) {
    const sheet = new MockSheet(book, s.name);
    for (const [r, c, value, format] of s.cells) {
      const cell = sheet.cell(r, c);
      cell.value = value === null ? undefined : value;
      if (format) cell.format = format;
    }
    book.sheets.push(sheet);
  }
  book.active = book.sheets[fixture.active || 0];
  app.ActiveWorkbook = book;
  app.Selection = book.active.Range("A1");
  let status = false;
  Object.defineProperty(app, "StatusBar", {
    get: () => status,
    set: (v) => { status = v; app.statusHistory.push(v); },
  });
  return app;
}

/** Return the workbook as plain data: sheets in order with their values from A1. */
function toJSON(app) {
  const book = app.ActiveWorkbook;
  return {
    active: book.active ? book.active.Name : null,
    sheets: book.sheets.map((s) => ({ name: s.Name, values: s.values() })),
    formats: Object.fromEntries(book.sheets.map((s) => [s.Name, Object.fromEntries(
      [...s.store].filter(([, c]) => c.format !== "General").map(([k, c]) => [k, c.format])
    )])),
    colors: Object.fromEntries(book.sheets.map((s) => [s.Name, Object.fromEntries(
      [...s.store].filter(([, c]) => c.color !== undefined).map(([k, c]) => [k, c.color])
    )])),
  };
}

module.exports = { fromFixture, toJSON, parseAddress, MockApplication, MockWorkbook, MockSheet };
