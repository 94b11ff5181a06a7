/*
 * The add-in's JavaScript under node: payload builder, action applier, service client and
 * ribbon callbacks, against the in-memory ET workbook of et_mock.js. Run by tests/wps/test_js.py
 * (`node --test tests/wps/js/`).
 */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const vm = require("node:vm");

const ASSETS = path.resolve(__dirname, "../../../kjreport/wps/assets");
const KJ = require(path.join(ASSETS, "js/kjreport.js"));
const { fromFixture, toJSON } = require("./et_mock.js");

function small() {
  return fromFixture({
    name: "报表.xlsx",
    fullName: "/home/kj/文档/报表.xlsx",
    active: 1,
    sheets: [
      { name: "设置", cells: [
        [1, 1, "项目", null], [1, 2, "值", null],
        [2, 1, "成文日期", null], [2, 2, 40897, 'yyyy"年"m"月"d"日"'],
        [3, 1, "年度", null], [3, 2, 2011, null],
        [4, 1, "比率", null], [4, 2, -2146826281, null],
      ] },
      { name: "县区数据", cells: [
        [2, 2, "县区", null], [2, 3, "产值", "0.00"], [3, 2, "金堤县", null], [3, 3, 68.1, "0.00"],
        [4, 3, 40544, "yyyy-mm-dd"], [5, 3, 0.5, "0%"],
      ] },
      { name: "空表", cells: [] },
    ],
  });
}

function recordingUi() {
  const messages = [];
  const statuses = [];
  return {
    messages, statuses,
    message(text, critical, buttons) { messages.push({ text, critical, buttons }); return "ok"; },
    status(text) { statuses.push(text); },
  };
}

test("addresses and column letters", () => {
  assert.equal(KJ.columnLetters(1), "A");
  assert.equal(KJ.columnLetters(26), "Z");
  assert.equal(KJ.columnLetters(27), "AA");
  assert.equal(KJ.columnLetters(703), "AAA");
  assert.equal(KJ.address(1, 1), "A1");
  assert.equal(KJ.address(2, 3, 4, 2), "C2:D5");
});

test("date formats are told from number formats", () => {
  for (const f of ["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "m/d/yy", "[$-F800]dddd, mmmm dd, yyyy",
    "h:mm:ss", "[h]:mm", "yyyy年m月", "mm-dd", 'm"月"d"日"']) {
    assert.equal(KJ.isDateFormat(f), true, f);
  }
  for (const f of ["General", "G/通用格式", "0.00", "0%", "#,##0", "@", '0.0"亿元"', "0.00_ ",
    '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', "¥#,##0.00", null, undefined, ""]) {
    assert.equal(KJ.isDateFormat(f), false, String(f));
  }
  assert.equal(KJ.serialToIso(40897), "2011-12-20T00:00:00.000Z");
  assert.equal(KJ.isoToSerial("2011-12-20T00:00:00"), 40897);
  assert.equal(KJ.isoToSerial("2011-12-20"), 40897);
  assert.equal(KJ.isoToSerial("2011年12月20日"), null);
});

test("the payload holds every worksheet from A1, dates as ISO text, errors as Excel shows them", () => {
  const app = small();
  const payload = KJ.buildPayload(app, app.ActiveWorkbook, "0.37.8");
  assert.equal(payload.client, "WPS");
  assert.equal(payload.version, "0.37.8");
  assert.deepEqual(payload.book, { name: "/home/kj/文档/报表.xlsx", active_sheet_index: 1, selection: "A1" });
  assert.deepEqual(payload.names, []);
  assert.deepEqual(payload.sheets.map((s) => s.name), ["设置", "县区数据", "空表"]);
  assert.deepEqual(payload.sheets[0].values, [
    ["项目", "值"],
    ["成文日期", "2011-12-20T00:00:00.000Z"],
    ["年度", 2011],
    ["比率", "#DIV/0!"],
  ]);
  // a used range starting at B2 is sent from A1; a mixed column asks each number's cell
  assert.deepEqual(payload.sheets[1].values, [
    ["", "", ""],
    ["", "县区", "产值"],
    ["", "金堤县", 68.1],
    ["", "", "2011-01-01T00:00:00.000Z"],
    ["", "", 0.5],
  ]);
  assert.deepEqual(payload.sheets[2].values, [[""]]);
  for (const s of payload.sheets) assert.deepEqual([s.pictures, s.tables], [[], []]);
});

test("a workbook is read in few calls, not cell by cell", () => {
  const app = small();
  KJ.buildPayload(app, app.ActiveWorkbook, "x");
  assert.ok(app.reads <= 3, `${app.reads} Value2 reads for 3 sheets`);
  // a ledger column: 2,000 amounts (万元, in the range date serials have) in "0.00", a header,
  // and one date in the middle; a column of small numbers needs no format read at all
  const cells = [[1, 1, "金额", null]];
  for (let r = 2; r <= 2001; r++) {
    cells.push([r, 1, r === 1000 ? 40897 : 20000 + r, r === 1000 ? "yyyy-mm-dd" : "0.00"]);
    cells.push([r, 2, r * 1.5, r % 2 ? "0.0" : "General"]);
  }
  const ledger = fromFixture({ name: "台账.xlsx", sheets: [{ name: "项目台账", cells }] });
  const payload = KJ.buildPayload(ledger, ledger.ActiveWorkbook, "x");
  const column = payload.sheets[0].values.map((row) => row[0]);
  assert.equal(column[999], "2011-12-20T00:00:00.000Z");
  assert.equal(column.filter((v) => typeof v === "string").length, 2); // the header and the date
  assert.ok(ledger.formatReads <= 50, `${ledger.formatReads} NumberFormat reads for 2,000 numbers`);
});

test("actions add, write, clear, rename and activate sheets as xlwings orders them", () => {
  const app = small();
  const wb = app.ActiveWorkbook;
  const ui = recordingUi();
  KJ.applyActions(app, wb, [
    { func: "addSheet", args: [3, "指标结果"] },
    { func: "setValues", sheet_position: 3, start_row: 0, start_column: 0, row_count: 2, column_count: 3,
      values: [["指标", "本年", "日期"], ["专利", 310, "2011-12-20T00:00:00"]] },
    { func: "addSheet", args: [0, "首页"] },
    { func: "setSheetName", sheet_position: 0, args: ["封面"] },
    { func: "activateSheet", args: [2] },
    { func: "setValues", sheet_position: 2, start_row: 1, start_column: 1, values: [[null, "x"]] },
    { func: "sheetClearContents", sheet_position: 3, args: [null] },
    { func: "alert", args: ["已完成。", "科技报告", "ok", "info", ""] },
  ], ui);
  const book = toJSON(app);
  assert.deepEqual(book.sheets.map((s) => s.name), ["封面", "设置", "县区数据", "空表", "指标结果"]);
  assert.equal(book.active, "县区数据");
  assert.deepEqual(book.sheets[2].values[1], [null, null, "x"]);
  assert.deepEqual(book.sheets[4].values, [["指标", "本年", "日期"], ["专利", 310, 40897]]);
  assert.equal(book.formats["指标结果"]["2,3"], "yyyy-mm-dd");
  assert.deepEqual(book.sheets[3].values, []);
  assert.deepEqual(ui.messages, [{ text: "已完成。", critical: false, buttons: "ok" }]);
  KJ.applyActions(app, wb, [{ func: "sheetClearContents", sheet_position: 4, args: [null] }], ui);
  assert.deepEqual(toJSON(app).sheets[4].values, []);
});

test("format, colour, delete and questions", () => {
  const app = small();
  const wb = app.ActiveWorkbook;
  const answers = [];
  const ui = {
    message: (text, critical, buttons) => (buttons === "yes_no" ? "yes" : "ok"),
    status() {},
    callback: (name, answer) => answers.push([name, answer]),
  };
  KJ.applyActions(app, wb, [
    { func: "setNumberFormat", sheet_position: 1, start_row: 2, start_column: 2, row_count: 1, column_count: 1, args: ["0.0"] },
    { func: "setRangeColor", sheet_position: 1, start_row: 2, start_column: 2, row_count: 1, column_count: 1, args: ["#FF0000"] },
    { func: "sheetDelete", sheet_position: 2 },
    { func: "alert", args: ["确定发送？", "科技报告", "yes_no", "info", "kjreportConfirm"] },
  ], ui);
  assert.equal(wb.Worksheets.Item(2).Range("C3").NumberFormat, "0.0");
  assert.equal(wb.Worksheets.Item(2).Range("C3").Interior.Color, 255); // #FF0000 as BGR
  assert.deepEqual(toJSON(app).sheets.map((s) => s.name), ["设置", "县区数据"]);
  assert.equal(app.DisplayAlerts, true);
  assert.deepEqual(answers, [["kjreportConfirm", "yes"]]);
});

test("an unknown action stops with a Chinese message", () => {
  const app = small();
  assert.throws(
    () => KJ.applyActions(app, app.ActiveWorkbook, [{ func: "addChart", args: [] }], recordingUi()),
    (e) => e instanceof KJ.KjError && /不支持服务返回的操作「addChart」/.test(e.message)
  );
  assert.throws(
    () => KJ.applyActions(app, app.ActiveWorkbook, [{ func: "setValues", sheet_position: 9, start_row: 0, start_column: 0, values: [[1]] }], recordingUi()),
    (e) => e instanceof KJ.KjError && /第 10 个工作表/.test(e.message)
  );
});

function config(port, extra) {
  return Object.assign({ port, token: "t".repeat(43), timeoutSeconds: 5, labels: { fill: "计算指标" } }, extra);
}

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

async function closedPort() {
  const server = await listen(() => {});
  const port = server.address().port;
  await new Promise((r) => server.close(r));
  return port;
}

test("no service running: a message box says how to start it", async () => {
  const app = small();
  const ui = recordingUi();
  const before = JSON.stringify(toJSON(app));
  const reply = await KJ.runButton("fill", { app, config: config(await closedPort()), ui });
  assert.equal(reply, null);
  assert.equal(ui.messages.length, 1);
  assert.match(ui.messages[0].text, /没有连上 kjreport 服务（127\.0\.0\.1:\d+）。请先启动服务：在终端运行 kjreport serve/);
  assert.equal(ui.messages[0].critical, true);
  assert.equal(JSON.stringify(toJSON(app)), before);
  assert.deepEqual(ui.statuses, ["科技报告：正在计算指标……", false]);
});

test("a service that does not answer in time: a message box, and the next click works", async () => {
  const server = await listen(() => {}); // accepts, never answers
  try {
    const app = small();
    const ui = recordingUi();
    const t0 = Date.now();
    await KJ.runButton("fill", { app, config: config(server.address().port, { timeoutSeconds: 0.5 }), ui });
    assert.ok(Date.now() - t0 < 3000);
    assert.match(ui.messages[0].text, /0\.5 秒内没有答复/);
    await KJ.runButton("fill", { app, config: config(await closedPort()), ui });
    assert.match(ui.messages[1].text, /没有连上/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test("something else on the port: the answer is not taken for actions", async () => {
  const server = await listen((req, res) => { res.writeHead(200, { "Content-Type": "text/html" }); res.end("<html>hi</html>"); });
  try {
    const ui = recordingUi();
    await KJ.runButton("fill", { app: small(), config: config(server.address().port), ui });
    assert.match(ui.messages[0].text, /答复无法识别（HTTP 200）/);
  } finally {
    server.close();
  }
});

test("the token goes in its header and a second click waits for the first", async () => {
  let seen = null;
  let release;
  const held = new Promise((r) => { release = r; });
  const server = await listen(async (req, res) => {
    seen = req.headers["x-kjreport-token"];
    await held;
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ ok: true, actions: [{ func: "alert", args: ["完成", "科技报告", "ok", "info", ""] }] }));
  });
  try {
    const app = small();
    const ui = recordingUi();
    const cfg = config(server.address().port);
    const first = KJ.runButton("fill", { app, config: cfg, ui });
    const second = await KJ.runButton("fill", { app, config: cfg, ui });
    assert.equal(second, null);
    assert.match(ui.messages[0].text, /上一次点击的操作还在进行/);
    release();
    const reply = await first;
    assert.equal(reply.ok, true);
    assert.equal(seen, cfg.token);
    assert.equal(ui.messages[1].text, "完成");
  } finally {
    server.close();
  }
});

test("no workbook open: a message box, nothing sent", async () => {
  const app = small();
  app.ActiveWorkbook = null;
  const ui = recordingUi();
  assert.equal(await KJ.runButton("fill", { app, config: config(1), ui }), null);
  assert.match(ui.messages[0].text, /请先打开要处理的工作簿/);
});

function loadRibbon(extra) {
  const alerts = [];
  const window = Object.assign({ alert: (t) => alerts.push(t), confirm: () => true }, extra);
  const context = vm.createContext({ window, console, setTimeout, clearTimeout, Promise, fetch, AbortController });
  context.globalThis = context;
  window.KJ = undefined;
  for (const file of ["js/kjreport.js", "js/ribbon.js"]) {
    vm.runInContext(fs.readFileSync(path.join(ASSETS, file), "utf8"), context, { filename: file });
  }
  context.window.KJ = context.KJ;
  return { context, alerts };
}

test("every callback ribbon.xml can name is a function of the page", () => {
  const { context } = loadRibbon({});
  for (const name of ["OnAddinLoad", "OnAction", "GetImage"]) {
    assert.equal(typeof context[name], "function", name);
  }
  assert.equal(context.OnAddinLoad({}), true);
});

test("ribbon callbacks: images, a missing config, and a click without a service", async () => {
  const { context, alerts } = loadRibbon({});
  assert.equal(context.GetImage({ Tag: "fill" }), "images/default.svg");
  context.OnAction({ Tag: "fill" });
  assert.match(alerts[0], /缺少设置文件 config\.js/);
  const app = small();
  const port = await closedPort();
  const loaded = loadRibbon({
    Application: app,
    KJREPORT_CONFIG: { port, token: "x", images: { fill: "images/fill.svg" }, labels: { fill: "计算指标" } },
  });
  assert.equal(loaded.context.GetImage({ Tag: "fill" }), "images/fill.svg");
  loaded.context.OnAction({ Tag: "fill" });
  await new Promise((r) => setTimeout(r, 300));
  assert.match(loaded.alerts[0], /【科技报告·提示】\n没有连上 kjreport 服务/);
  assert.equal(app.StatusBar, false);
  assert.ok(app.statusHistory.includes("科技报告：正在计算指标……"));
});

test("a service that is not running is started on demand where the host can, then the click runs", async () => {
  const port = await closedPort();
  let server = null;
  let started = 0;
  const startService = () => {
    started++;
    setTimeout(async () => {  // the service comes up a moment later
      server = http.createServer((req, res) => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify(req.url === "/health" ? { ok: true, actions: [] }
          : { ok: true, actions: [{ func: "alert", args: ["已计算", "科技报告", "ok", "info", ""] }] }));
      });
      server.listen(port, "127.0.0.1");
    }, 700);
  };
  try {
    const ui = recordingUi();
    const reply = await KJ.runButton("fill", { app: small(), config: config(port, { startSeconds: 10 }), ui, startService });
    assert.equal(started, 1);
    assert.equal(reply.ok, true);
    assert.deepEqual(ui.messages.map((m) => m.text), ["已计算"]);
    assert.ok(ui.statuses.includes("科技报告：正在启动 kjreport 服务……"));
  } finally {
    if (server) server.close();
  }
});

test("a service that does not come up after starting: the how-to-start message", async () => {
  const ui = recordingUi();
  const reply = await KJ.runButton("fill", {
    app: small(), config: config(await closedPort(), { startSeconds: 1 }), ui, startService: () => {},
  });
  assert.equal(reply, null);
  assert.match(ui.messages[0].text, /没有连上 kjreport 服务/);
});

test("on Windows the ribbon starts the service through WPS's ShellExecute on the launcher", () => {
  const calls = [];
  const { context } = loadRibbon({ wps: { OAAssist: { ShellExecute: (p) => calls.push(p) } } });
  const start = context.kjreportStarter({ launcher: "C:\\kjreport_0.1.0\\kjreport-serve.cmd" });
  start();
  assert.deepEqual(calls, ["C:\\kjreport_0.1.0\\kjreport-serve.cmd"]);
  assert.equal(context.kjreportStarter({ launcher: "" }), null);
  assert.equal(loadRibbon({}).context.kjreportStarter({ launcher: "x.cmd" }), null);
});

test("an answer cut off half way: the time-out message, not an internal error", async () => {
  const server = await listen((req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.write('{"ok": true, "actions": ['); // and never finishes
  });
  try {
    const ui = recordingUi();
    await KJ.runButton("fill", { app: small(), config: config(server.address().port, { timeoutSeconds: 0.5 }), ui });
    assert.match(ui.messages[0].text, /0\.5 秒内没有答复/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test("a question of the button (确定/取消) is asked, and the click runs again with the answer", async () => {
  const bodies = [];
  const server = await listen((req, res) => {
    let data = "";
    req.on("data", (chunk) => { data += chunk; });
    req.on("end", () => {
      const payload = JSON.parse(data);
      bodies.push(payload);
      const answer = payload.kjreport_answers && payload.kjreport_answers.q1;
      const reply = answer
        ? { ok: true, asked: false, actions: [{ func: "alert", args: [answer === "ok" ? "已发送 8 位收件人。" : "已取消。", "科技报告", "ok", "info", ""] }] }
        : { ok: true, asked: true, actions: [{ func: "alert", args: ["将发送给 8 位收件人，确定吗？", "科技报告", "ok_cancel", "info", "kjreportAnswer:q1"] }] };
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(reply));
    });
  });
  try {
    for (const [pressed, said] of [["ok", "已发送 8 位收件人。"], ["cancel", "已取消。"]]) {
      bodies.length = 0;
      const shown = [];
      const ui = {
        message(text, critical, buttons) { shown.push([text, buttons]); return buttons === "ok_cancel" ? pressed : "ok"; },
        status() {},
      };
      const reply = await KJ.runButton("send", { app: small(), config: config(server.address().port), ui });
      assert.deepEqual(shown, [["将发送给 8 位收件人，确定吗？", "ok_cancel"], [said, "ok"]]);
      assert.equal(bodies.length, 2);
      assert.equal(bodies[0].kjreport_answers, undefined);
      assert.deepEqual(bodies[1].kjreport_answers, { q1: pressed });
      assert.equal(reply.asked, false);
    }
  } finally {
    server.close();
  }
});

test("a year typed into a date-formatted cell of a year column is sent as that date (qa11b F3)", () => {
  // 数据年度 2023 in a cell formatted 日期 shows 1905-07-15: sent as the date, as Excel and the
  // file give it, so the service reads the year with a 提示; a plain 2023 and a count of 2000 in
  // a 日期-formatted cell of another column stay numbers
  const app = fromFixture({
    name: "报表.xlsx",
    sheets: [{ name: "科室数据", cells: [
      [1, 1, "指标", null], [1, 2, "本年数", null], [1, 3, "数据年度", null],
      [2, 1, "研发投入", null], [2, 2, 2000, "yyyy-mm-dd"], [2, 3, 2023, "yyyy-mm-dd"],
      [3, 1, "专利", null], [3, 2, 310, null], [3, 3, 2022, null],
    ] }],
  });
  const values = KJ.buildPayload(app, app.ActiveWorkbook, "x").sheets[0].values;
  assert.equal(values[1][2], "1905-07-15T00:00:00.000Z");
  assert.equal(values[2][2], 2022);
  assert.equal(values[1][1], 2000);
});
