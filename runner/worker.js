// Entry of the runner worker (bundled with acorn by esbuild into build/runner/worker.js).
// One worker serves one run: the page terminates it afterwards and starts a fresh one.
//
// The directive below makes the whole bundle strict (esbuild keeps an entry point's directive
// but drops those of imported modules). Strict harness frames are what stop user code from
// reaching them through `fn.caller`, `fn.arguments` or `Error.prepareStackTrace` call sites,
// which in sloppy code hand out the harness's locals, the run's nonce among them.
"use strict";
import { run } from "./harness.js";
import { parse } from "acorn";

const post = self.postMessage.bind(self);
const parseJson = JSON.parse;
self.onmessage = (event) => {
  self.onmessage = null;
  let request;
  try {
    request = parseJson(event.data);
  } catch (e) {
    post('{"type":"ready"}');
    return;
  }
  run(request, post, parse);
};
post('{"type":"ready"}');
