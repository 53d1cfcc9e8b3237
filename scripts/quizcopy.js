// The quiz link copy module's caller (src/bin/quizcopy.rs), shared by the page's loader and the
// service worker: build-sw.mjs puts it in both. The module has no wasm-bindgen glue: it is
// instantiated straight from its response, so that its compile starts as its bytes arrive, and
// takes its input as bytes written into its memory.
/** A promise of `draw(hash, banks, dark)` → the copy's HTML, or null when the link gets none,
 *  from `response` (a promise of the module's fetch). `banks`: the question banks' JSON texts. */
function quizCopyModule(response) {
  return Promise.resolve(response).then(function (r) {
    if (!r.ok) throw new Error("quiz copy module: " + r.status);
    // Compiled while it streams in where the server says what it is (any static host does);
    // else from its bytes.
    return /^application\/wasm\b/.test(r.headers.get("content-type") || "") && WebAssembly.instantiateStreaming
      ? WebAssembly.instantiateStreaming(r, {})
      : r.arrayBuffer().then(function (b) { return WebAssembly.instantiate(b, {}); });
  }).then(function (m) {
    var x = m.instance.exports;
    return function (hash, banks, dark) {
      var enc = new TextEncoder();
      var h = enc.encode(hash), b = enc.encode("[" + banks.join(",") + "]");
      // Each call may grow the module's memory, which detaches views made before it.
      var at = x.input(h.length + b.length) >>> 0;
      var into = new Uint8Array(x.memory.buffer, at, h.length + b.length);
      into.set(h);
      into.set(b, h.length);
      var n = x.first_question(h.length, dark ? 1 : 0);
      return n < 0 ? null : new TextDecoder().decode(new Uint8Array(x.memory.buffer, x.output() >>> 0, n));
    };
  });
}
