// Entry of the runner worker (bundled with acorn by esbuild into build/runner/worker.js).
// One worker serves one run: the page terminates it afterwards and starts a fresh one.
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
