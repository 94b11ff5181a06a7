/*
 * kjreport WPS 表格 add-in: the workbook → xlwings remote payload → `kjreport serve` → actions.
 *
 * Written for this project after the structure of xlwings' own JS clients (Google Apps
 * Script, Office Scripts): the payload has client/version/book/names/sheets, and the reply is
 * {actions: [{func, args, values, sheet_position, start_row, start_column, ...}]}, applied in
 * order. Everything here takes the ET Application object as a parameter, so the same code runs
 * inside WPS (window.Application) and under node against an in-memory workbook in the tests.
 */
(function (root) {
  "use strict";

  var TITLE = "科技报告";
  var CLIENT = "WPS";
  // Excel/ET error values (CVErr) as COM hands them over, and the text Excel shows
  var ERROR_CODES = {
    "-2146826281": "#DIV/0!",
    "-2146826246": "#N/A",
    "-2146826259": "#NAME?",
    "-2146826288": "#NULL!",
    "-2146826252": "#NUM!",
    "-2146826265": "#REF!",
    "-2146826273": "#VALUE!",
  };
  // only numbers that can be a date of 1940–2199 are looked at as possible dates: amounts and
  // counts below it never need a NumberFormat read …
  var DATE_SERIAL_MIN = 14611; // 1940-01-01
  var DATE_SERIAL_MAX = 109575; // 2200-01-01
  // … except in a year column (数据年度, 年度, 认定年份, 年份): a year typed into a cell formatted
  // 日期 is the serial 2023 (1905-07-15), sent as that date so the service reads it as the year
  // with a 提示, as the command line and Excel do (qa11b F3)
  var YEAR_MIN = 1900;
  var YEAR_MAX = 2100;
  var YEAR_HEADER = /年度|年份/;
  var HEADER_ROWS = 5; // a table's header is in its first rows
  var ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z)?)?$/;
  var busy = false;
  var ANSWER_CALLBACK = "kjreportAnswer";
  var MAX_QUESTIONS = 5; // questions one click may ask before the answers are sent back

  /** An error whose message is the Chinese sentence to show the user. */
  function KjError(message) {
    this.name = "KjError";
    this.message = message;
  }
  KjError.prototype = Object.create(Error.prototype);

  // ---- addresses and values ---------------------------------------------------------

  function columnLetters(n) {
    var s = "";
    while (n > 0) {
      var m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }

  /** "A1" or "A1:C3" for a block starting at (row, col), 1-based. */
  function address(row, col, rows, cols) {
    var first = columnLetters(col) + row;
    if ((rows || 1) === 1 && (cols || 1) === 1) return first;
    return first + ":" + columnLetters(col + cols - 1) + (row + rows - 1);
  }

  /** A Value2 read as a 2-D array (ET gives a scalar for one cell). */
  function grid(value) {
    if (Array.isArray(value)) {
      if (value.length && Array.isArray(value[0])) return value;
      return [value];
    }
    if (value && typeof value.toArray === "function") return grid(value.toArray());
    return [[value]];
  }

  /** True when a number format shows a date or time (y, d, h, s tokens; 年/月/日). */
  /** True when the number format shows the value × 100 with a % sign ("0.0%", not "0.0\\%"). */
  function isPercentFormat(format) {
    if (typeof format !== "string" || !format) return false;
    var f = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
    return f.indexOf("%") >= 0;
  }

  // the small sheets whose % rows kjreport reads as shown (Excel stores 26.5 % as 0.265): their
  // %-formatted numbers are listed in the payload, as the file's styles tell the command line
  var PERCENT_SHEETS = { "科室数据": true, "目标任务": true };

  /** The addresses of the %-formatted numbers of `rows` (values from A1), a few format reads a column. */
  function percentCells(ws, rows) {
    var found = [];
    var lastCol = rows.reduce(function (m, row) { return Math.max(m, row.length); }, 0);
    for (var c = 0; c < lastCol; c++) {
      var numeric = [];
      for (var r = 0; r < rows.length; r++) if (typeof rows[r][c] === "number") numeric.push(r);
      if (numeric.length) markPercents(ws, c, numeric, 0, numeric.length - 1, found);
    }
    return found;
  }

  function markPercents(ws, c, numeric, lo, hi, found) {
    var first = numeric[lo];
    var last = numeric[hi];
    var format = ws.Range(address(first + 1, c + 1, last - first + 1, 1)).NumberFormat;
    if (typeof format === "string" || lo === hi) {
      if (!isPercentFormat(format)) return;
      for (var i = lo; i <= hi; i++) found.push(address(numeric[i] + 1, c + 1));
      return;
    }
    var mid = Math.floor((lo + hi) / 2);
    markPercents(ws, c, numeric, lo, mid, found);
    markPercents(ws, c, numeric, mid + 1, hi, found);
  }

  function isDateFormat(format) {
    if (typeof format !== "string" || !format) return false;
    var f = format.split(";")[0].toLowerCase();
    if (/\[(h+|m+|s+)\]/.test(f)) return true; // elapsed time, [h]:mm
    f = f.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/[_*]./g, "").replace(/\[[^\]]*\]/g, "");
    if (f === "general" || f === "@" || f.indexOf("g/通用格式") >= 0) return false;
    return /[ydhs]|年|月|日|时/.test(f);
  }

  function serialToIso(serial) {
    return new Date(Math.round((serial - 25569) * 86400000)).toISOString();
  }

  function isoToSerial(text) {
    var m = ISO_DATETIME.exec(text);
    if (!m) return null;
    var ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0));
    return ms / 86400000 + 25569;
  }

  /** A cell value as the payload carries it: "", number, text, boolean or ISO date text. */
  function cellOut(value) {
    if (value === undefined || value === null) return "";
    if (typeof value === "number") {
      var error = ERROR_CODES[String(value)];
      return error !== undefined ? error : value;
    }
    if (typeof value === "string" || typeof value === "boolean") return value;
    if (value instanceof Date) return value.toISOString();
    return String(value);
  }

  /** The values of a worksheet from A1 to the end of its used range; dates as ISO text. */
  function sheetValues(ws) {
    var used = ws.UsedRange;
    var lastRow = used.Row + used.Rows.Count - 1;
    var lastCol = used.Column + used.Columns.Count - 1;
    var block = ws.Range(address(1, 1, lastRow, lastCol));
    var rows = grid(block.Value2).map(function (row) {
      return row.map(cellOut);
    });
    for (var c = 0; c < lastCol; c++) {
      var years = isYearColumn(rows, c);
      var numeric = [];
      for (var r = 0; r < rows.length; r++) {
        var v = rows[r][c];
        if (typeof v !== "number") continue;
        if ((v >= DATE_SERIAL_MIN && v < DATE_SERIAL_MAX) || (years && v >= YEAR_MIN && v <= YEAR_MAX && v % 1 === 0)) {
          numeric.push(r);
        }
      }
      if (numeric.length) markDates(ws, rows, c, numeric, 0, numeric.length - 1);
    }
    return rows;
  }

  /** True when column c has a year header (数据年度, 年度, 认定年份) in its first rows. */
  function isYearColumn(rows, c) {
    for (var r = 0; r < Math.min(rows.length, HEADER_ROWS); r++) {
      var v = rows[r][c];
      if (typeof v === "string" && v.length <= 20 && YEAR_HEADER.test(v)) return true;
    }
    return false;
  }

  /**
   * Turn the date cells among the numbers rows[numeric[lo..hi]][c] into ISO text. One
   * NumberFormat read covers a block of one format (ET answers null for a mixed block); mixed
   * blocks are halved, so a column costs a few reads, not one per cell.
   */
  function markDates(ws, rows, c, numeric, lo, hi) {
    var first = numeric[lo];
    var last = numeric[hi];
    var format = ws.Range(address(first + 1, c + 1, last - first + 1, 1)).NumberFormat;
    if (typeof format === "string" || lo === hi) {
      if (!isDateFormat(format)) return;
      for (var i = lo; i <= hi; i++) rows[numeric[i]][c] = serialToIso(rows[numeric[i]][c]);
      return;
    }
    var mid = Math.floor((lo + hi) / 2);
    markDates(ws, rows, c, numeric, lo, mid);
    markDates(ws, rows, c, numeric, mid + 1, hi);
  }

  function selectionAddress(app) {
    try {
      var sel = app.Selection;
      var a = typeof sel.Address === "function" ? sel.Address(false, false) : sel.Address;
      return String(a).replace(/\$/g, "").split("!").pop() || "A1";
    } catch (e) {
      return "A1";
    }
  }

  /** The xlwings remote payload of workbook `wb` (every worksheet, values from A1). */
  function buildPayload(app, wb, version) {
    var sheets = [];
    var names = [];
    var count = wb.Worksheets.Count;
    for (var i = 1; i <= count; i++) {
      var ws = wb.Worksheets.Item(i);
      names.push(ws.Name);
      var sheet = { name: ws.Name, values: sheetValues(ws), pictures: [], tables: [] };
      if (PERCENT_SHEETS[ws.Name]) sheet.percent = percentCells(ws, sheet.values);
      sheets.push(sheet);
    }
    var active = 0;
    try {
      active = Math.max(0, names.indexOf(app.ActiveSheet.Name));
    } catch (e) {
      active = 0;
    }
    return {
      client: CLIENT,
      version: version || "",
      book: {
        name: wb.FullName || wb.Name,
        active_sheet_index: active,
        selection: selectionAddress(app),
      },
      names: [],
      sheets: sheets,
    };
  }

  // ---- actions --------------------------------------------------------------------

  function sheetAt(wb, position) {
    var count = wb.Worksheets.Count;
    if (typeof position !== "number" || position < 0 || position >= count) {
      throw new KjError("服务返回的操作指向不存在的第 " + (position + 1) + " 个工作表，工作簿未改动的部分保持原样。");
    }
    return wb.Worksheets.Item(position + 1);
  }

  function rangeOf(wb, a) {
    return sheetAt(wb, a.sheet_position).Range(
      address(a.start_row + 1, a.start_column + 1, a.row_count || 1, a.column_count || 1)
    );
  }

  function colorToBgr(hex) {
    var m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(String(hex));
    if (!m) return null;
    return parseInt(m[3], 16) * 65536 + parseInt(m[2], 16) * 256 + parseInt(m[1], 16);
  }

  var HANDLERS = {
    setValues: function (wb, a) {
      var rows = a.values || [];
      var width = rows.reduce(function (w, r) { return Math.max(w, r.length); }, 0);
      if (!rows.length || !width) return;
      var dates = [];
      var values = rows.map(function (row, i) {
        var out = [];
        for (var j = 0; j < width; j++) {
          var v = row[j];
          if (v === null || v === undefined) v = "";
          else if (typeof v === "string") {
            var serial = isoToSerial(v);
            if (serial !== null) {
              dates.push([i, j]);
              v = serial;
            }
          }
          out.push(v);
        }
        return out;
      });
      var ws = sheetAt(wb, a.sheet_position);
      ws.Range(address(a.start_row + 1, a.start_column + 1, values.length, width)).Value2 = values;
      dates.forEach(function (d) {
        ws.Range(address(a.start_row + 1 + d[0], a.start_column + 1 + d[1])).NumberFormat = "yyyy-mm-dd";
      });
    },
    addSheet: function (wb, a) {
      var position = a.args[0];
      var count = wb.Worksheets.Count;
      var ws = position >= count
        ? wb.Worksheets.Add(undefined, wb.Worksheets.Item(count))
        : wb.Worksheets.Add(wb.Worksheets.Item(position + 1));
      ws.Name = String(a.args[1]);
    },
    setSheetName: function (wb, a) { sheetAt(wb, a.sheet_position).Name = String(a.args[0]); },
    activateSheet: function (wb, a) { sheetAt(wb, Number(a.args[0])).Activate(); },
    sheetClearContents: function (wb, a) { sheetAt(wb, a.sheet_position).UsedRange.ClearContents(); },
    sheetClear: function (wb, a) { sheetAt(wb, a.sheet_position).UsedRange.Clear(); },
    sheetClearFormats: function (wb, a) { sheetAt(wb, a.sheet_position).UsedRange.ClearFormats(); },
    sheetDelete: function (wb, a, ctx) {
      var app = ctx.app;
      var before = app.DisplayAlerts;
      app.DisplayAlerts = false;
      try {
        sheetAt(wb, a.sheet_position).Delete();
      } finally {
        app.DisplayAlerts = before;
      }
    },
    rangeClearContents: function (wb, a) { rangeOf(wb, a).ClearContents(); },
    rangeClear: function (wb, a) { rangeOf(wb, a).Clear(); },
    rangeClearFormats: function (wb, a) { rangeOf(wb, a).ClearFormats(); },
    setNumberFormat: function (wb, a) { rangeOf(wb, a).NumberFormat = String(a.args[0]); },
    setAutofit: function (wb, a) {
      var range = rangeOf(wb, a);
      if (a.args[0] === "rows") range.EntireRow.AutoFit();
      else range.EntireColumn.AutoFit();
    },
    setRangeColor: function (wb, a) {
      var bgr = colorToBgr(a.args[0]);
      if (bgr !== null) rangeOf(wb, a).Interior.Color = bgr;
    },
    rangeSelect: function (wb, a) { rangeOf(wb, a).Select(); },
    alert: function (wb, a, ctx) {
      var args = a.args || [];
      var answer = ctx.ui.message(String(args[0] || ""), args[3] === "critical", args[2] || "ok");
      var callback = String(args[4] || "");
      if (callback.indexOf(ANSWER_CALLBACK + ":") === 0) {
        // a question of the button itself: the service runs the button again with the answer
        ctx.answers[callback.slice(ANSWER_CALLBACK.length + 1)] = answer;
      } else if (callback && ctx.ui.callback) {
        ctx.ui.callback(callback, answer);
      }
    },
  };

  /**
   * Apply the service's actions to workbook `wb` in order; stop at the first unknown one.
   * Answers to the button's questions are added to `answers` (question key → "ok"/"cancel"…).
   */
  function applyActions(app, wb, actions, ui, answers) {
    var ctx = { app: app, ui: ui, answers: answers || {} };
    actions.forEach(function (a) {
      var handler = HANDLERS[a.func];
      if (!handler) {
        throw new KjError(
          "WPS 加载项不支持服务返回的操作「" + a.func + "」，工作簿可能只更新了一部分。" +
            "请升级 kjreport 后重新运行 kjreport wps install，再重新点击按钮。"
        );
      }
      handler(wb, a, ctx);
    });
  }

  // ---- the service ------------------------------------------------------------------

  function serviceUrl(config, path) {
    return "http://127.0.0.1:" + config.port + path;
  }

  function notRunning(config) {
    var error = new KjError(
      "没有连上 kjreport 服务（127.0.0.1:" + config.port + "）。请先启动服务：" +
        (config.startHint || "在终端运行 kjreport serve") +
        "；启动后再点击按钮。若服务已在运行，请重新运行 kjreport wps install 并重启 WPS。"
    );
    error.notRunning = true;
    return error;
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  /** Start the service with deps.startService and wait until it answers; resolve true/false. */
  function startService(config, deps) {
    try {
      deps.startService();
    } catch (e) {
      return Promise.resolve(false);
    }
    var deadline = Date.now() + (config.startSeconds || 20) * 1000;
    function poll() {
      return request(config, "GET", "/health", undefined, 2, deps.fetch).then(
        function (r) { return r.status === 200; },
        function () {
          if (Date.now() > deadline) return false;
          return sleep(500).then(poll);
        }
      );
    }
    return poll();
  }

  /** POST (or GET) to the service; resolve {status, data}; reject with a KjError. */
  function request(config, method, path, body, timeoutSeconds, fetchImpl) {
    var doFetch = fetchImpl || root.fetch;
    var controller = typeof AbortController !== "undefined" ? new AbortController() : null;
    var seconds = timeoutSeconds || config.timeoutSeconds || 300;
    var timer = null;
    var timedOut = false;
    var headers = { "X-Kjreport-Token": config.token };
    var options = { method: method, headers: headers };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      options.body = typeof body === "string" ? body : JSON.stringify(body);
    }
    if (controller) options.signal = controller.signal;
    var fetching = doFetch(serviceUrl(config, path), options);
    var late = new KjError(
      "kjreport 服务在 " + seconds + " 秒内没有答复，操作可能仍在进行。请稍等片刻，" +
        "看工作簿是否已更新；若没有，请关闭终端中的 kjreport serve 后重新启动，再点击按钮。"
    );
    var timeout = new Promise(function (resolve, reject) {
      timer = setTimeout(function () {
        timedOut = true;
        if (controller) controller.abort();
        reject(late);
      }, seconds * 1000);
    });
    return Promise.race([fetching, timeout])
      .then(function (response) {
        var reading = response.text().catch(function () {
          throw timedOut ? late : notRunning(config); // cut off while the answer was coming
        });
        return Promise.race([reading, timeout]).then(function (text) {
          var data = null;
          try {
            data = JSON.parse(text);
          } catch (e) {
            throw new KjError("kjreport 服务的答复无法识别（HTTP " + response.status + "）。" +
              "端口 " + config.port + " 上可能是别的程序：请检查 kjreport wps install 使用的端口。");
          }
          return { status: response.status, data: data };
        });
      }, function (error) {
        if (error instanceof KjError) throw error;
        if (timedOut) throw error;
        throw notRunning(config);
      })
      .then(function (reply) {
        clearTimeout(timer);
        return reply;
      }, function (error) {
        clearTimeout(timer);
        throw error;
      });
  }

  /**
   * Run button `action` on the active workbook: payload → service → actions applied.
   * deps: {app, config, ui: {message(text, critical, buttons), status(text|false)}, fetch}.
   * Resolves to the service's reply (or null when nothing was sent); never rejects.
   */
  function runButton(action, deps) {
    var app = deps.app;
    var config = deps.config;
    var ui = deps.ui;
    var label = (config.labels && config.labels[action]) || action;
    if (busy) {
      ui.message("「" + label + "」：上一次点击的操作还在进行，请等它完成后再点击。", false, "ok");
      return Promise.resolve(null);
    }
    var wb = app.ActiveWorkbook;
    if (!wb) {
      ui.message("请先打开要处理的工作簿，再点击「" + label + "」。", true, "ok");
      return Promise.resolve(null);
    }
    busy = true;
    setStatus(ui, TITLE + "：正在" + label + "……");
    var reply = null;
    var answers = {};
    var rounds = 0;
    function attempt() {
      var payload = buildPayload(app, wb, config.xlwingsVersion);
      if (rounds > 0) payload.kjreport_answers = answers;
      return request(config, "POST", "/run/" + action, payload, null, deps.fetch);
    }
    function apply(r) {
      reply = r.data;
      if (!reply || !Array.isArray(reply.actions)) {
        throw new KjError("kjreport 服务的答复中没有操作（HTTP " + r.status + "），工作簿未改动。");
      }
      setStatus(ui, false);
      var before = Object.keys(answers).length;
      applyActions(app, wb, reply.actions, ui, answers);
      if (reply.asked && Object.keys(answers).length > before && rounds < MAX_QUESTIONS) {
        rounds++; // the button asked (e.g. 确定发送？): run it again with the answer
        setStatus(ui, TITLE + "：正在" + label + "……");
        return attempt().then(apply);
      }
    }
    return Promise.resolve()
      .then(attempt)
      .catch(function (error) {
        // not running: start it on demand where the host can (WPS on Windows), then retry once
        if (!error || !error.notRunning || typeof deps.startService !== "function") throw error;
        setStatus(ui, TITLE + "：正在启动 kjreport 服务……");
        return startService(config, deps).then(function (up) {
          if (!up) throw error;
          setStatus(ui, TITLE + "：正在" + label + "……");
          return attempt();
        });
      })
      .then(apply)
      .then(function () {
        if (reply.document) {
          return request(config, "POST", "/open", { path: reply.document }, 30, deps.fetch)
            .then(function (o) {
              if (o.data && Array.isArray(o.data.actions)) applyActions(app, wb, o.data.actions, ui);
            });
        }
      })
      .catch(function (error) {
        var text = error instanceof KjError
          ? error.message
          : "「" + label + "」失败：加载项内部错误（" + (error && error.message) + "）。" +
            "请把此提示告诉信息化联系人。";
        ui.message(text, true, "ok");
      })
      .then(function () {
        busy = false;
        setStatus(ui, false);
        return reply;
      });
  }

  function setStatus(ui, text) {
    try {
      ui.status(text);
    } catch (e) {
      /* a busy or closing window: the status bar is only a courtesy */
    }
  }

  /** Ask the service how it is (for the 服务状态 button); resolve to one sentence. */
  function serviceStatus(config, fetchImpl) {
    return request(config, "GET", "/health", undefined, 10, fetchImpl).then(
      function (r) {
        if (r.status !== 200 || !r.data || !r.data.ok) {
          return (r.data && r.data.error) || ("kjreport 服务答复异常（HTTP " + r.status + "）。");
        }
        var labels = r.data.actions.map(function (a) { return a.label; }).join("、");
        return "kjreport 服务运行正常（版本 " + r.data.version + "，端口 " + config.port +
          "），可用按钮：" + labels + "。";
      },
      function (error) {
        return error instanceof KjError ? error.message : String(error);
      }
    );
  }

  var KJ = {
    TITLE: TITLE,
    KjError: KjError,
    address: address,
    columnLetters: columnLetters,
    isDateFormat: isDateFormat,
    serialToIso: serialToIso,
    isoToSerial: isoToSerial,
    buildPayload: buildPayload,
    applyActions: applyActions,
    request: request,
    runButton: runButton,
    serviceStatus: serviceStatus,
    HANDLERS: HANDLERS,
  };
  root.KJ = KJ;
  if (typeof module !== "undefined" && module.exports) module.exports = KJ;
})(typeof globalThis !== "undefined" ? globalThis : this);
