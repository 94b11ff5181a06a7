/*
 * One user session in WPS, minus WPS: load a workbook fixture into the in-memory ET model,
 * click buttons through the add-in's own code against a running `kjreport serve`, and write
 * what the user saw and the workbook that resulted.
 *
 * usage: node roundtrip.js FIXTURE.json CONFIG.json ACTION[,ACTION…] OUT.json
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const KJ = require(path.resolve(__dirname, "../../../kjreport/wps/assets/js/kjreport.js"));
const { fromFixture, toJSON } = require("./et_mock.js");

async function main() {
  const [fixturePath, configPath, actions, outPath] = process.argv.slice(2);
  const app = fromFixture(JSON.parse(fs.readFileSync(fixturePath, "utf8")));
  const config = JSON.parse(fs.readFileSync(configPath, "utf8"));
  const messages = [];
  const ui = {
    message(text, critical, buttons) { messages.push({ text, critical, buttons }); return "ok"; },
    status(text) { app.StatusBar = text; },
  };
  const clicks = [];
  for (const action of actions.split(",")) {
    const t0 = process.hrtime.bigint();
    const reply = await KJ.runButton(action, { app, config, ui });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    clicks.push({ action, ok: reply ? reply.ok : null, ms, document: reply ? reply.document : null });
  }
  fs.writeFileSync(outPath, JSON.stringify({ messages, clicks, workbook: toJSON(app),
    statusHistory: app.statusHistory }));
}

main().catch((e) => { console.error(e); process.exit(1); });
