/*
 * The ribbon callbacks named in ribbon.xml. WPS calls them with the control clicked; each
 * button's `tag` is the service action it runs (check, fill, docx, send, …), so a new button
 * needs a line in ribbon.xml (written by `kjreport wps install`) and nothing here.
 */
/* global KJ, KJREPORT_CONFIG */

var kjreportRibbon = null;

function kjreportApplication() {
  return window.Application || (window.wps && window.wps.EtApplication && window.wps.EtApplication());
}

/** Message boxes and the status bar of WPS 表格. */
var kjreportUi = {
  message: function (text, critical, buttons) {
    var shown = (critical ? "【" + KJ.TITLE + "·提示】\n" : "【" + KJ.TITLE + "】\n") + text;
    if (buttons === "ok_cancel" || buttons === "yes_no" || buttons === "yes_no_cancel") {
      var yes = window.confirm(shown);
      if (buttons === "ok_cancel") return yes ? "ok" : "cancel";
      return yes ? "yes" : "no";
    }
    window.alert(shown);
    return "ok";
  },
  status: function (text) {
    var app = kjreportApplication();
    if (app) app.StatusBar = text;
  },
  callback: function (name, answer) {
    if (typeof window[name] === "function") window[name](answer);
  },
};

/** How to start the service on demand: WPS's ShellExecute on the launcher install wrote
 * (Windows); null where there is none (Linux: systemd starts it at the first connection). */
function kjreportStarter(config) {
  var oa = window.wps && window.wps.OAAssist;
  if (!config.launcher || !oa || typeof oa.ShellExecute !== "function") return null;
  return function () {
    oa.ShellExecute(config.launcher);
  };
}

function OnAddinLoad(ribbonUI) {
  kjreportRibbon = ribbonUI;
  return true;
}

function OnAction(control) {
  var action = control.Tag || control.tag;
  var config = window.KJREPORT_CONFIG;
  if (!config) {
    window.alert("【科技报告】\n加载项缺少设置文件 config.js，请重新运行 kjreport wps install 后重启 WPS。");
    return true;
  }
  if (action === "status") {
    KJ.serviceStatus(config).then(function (text) {
      kjreportUi.message(text, false, "ok");
    });
    return true;
  }
  KJ.runButton(action, {
    app: kjreportApplication(),
    config: config,
    ui: kjreportUi,
    startService: kjreportStarter(config),
  });
  return true;
}

function GetImage(control) {
  var tag = control.Tag || control.tag || "status";
  var images = (window.KJREPORT_CONFIG && window.KJREPORT_CONFIG.images) || {};
  return images[tag] || "images/default.svg";
}
