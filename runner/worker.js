// Entry of the runner worker (bundled with acorn by esbuild into build/runner/worker.js).
// One worker serves one run: the page terminates it afterwards and starts a fresh one.
//
// The directive below makes the whole bundle strict (esbuild keeps an entry point's directive
// but drops those of imported modules): in sloppy code `fn.caller`, `fn.arguments` and
// `Error.prepareStackTrace` call sites hand user code the harness's frames and arguments, the
// run's nonce among them. Chromium was seen handing out a plain function's arguments even so, so
// the frames below user code are arrows as well (see `run`).
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
