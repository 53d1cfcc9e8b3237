// The quiz link copy module's caller (src/bin/quizcopy.rs), shared by the page's loader and the
// service worker: build-sw.mjs puts it in both. The module has no wasm-bindgen glue: it is
// instantiated straight from its response, so that its compile starts as its bytes arrive, and
// takes its input as bytes written into its memory.
/** A promise of `draw(hash, banks, dark)` → the copy's HTML, or null when the link gets none,
 *  from `response` (a promise of the module's fetch). `banks`: each question bank's JSON, as the
 *  bytes of its file (an ArrayBuffer). */
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
      // The link's bytes, then the banks as one JSON array: [bank,bank].
      var h = new TextEncoder().encode(hash);
      var size = h.length + Math.max(banks.length + 1, 2);
      banks.forEach(function (b) { size += b.byteLength; });
      // Each call may grow the module's memory, which detaches views (and buffers) read before it.
      var start = x.input(size) >>> 0;
      var into = new Uint8Array(x.memory.buffer, start, size);
      into.set(h);
      var at = h.length;
      into[at++] = 0x5b; // [
      banks.forEach(function (b, i) {
        if (i) into[at++] = 0x2c; // ,
        into.set(new Uint8Array(b), at);
        at += b.byteLength;
      });
      into[at] = 0x5d; // ]
      var n = x.first_question(h.length, dark ? 1 : 0);
      return n < 0 ? null : new TextDecoder().decode(new Uint8Array(x.memory.buffer, x.output() >>> 0, n));
    };
  });
}
/** `quizCopyModule` of `fetchIt()`, made once and shared: a function returning that promise
 *  (a failure is forgotten, so the next call fetches anew). */
function quizCopyOnce(fetchIt) {
  var made = null;
  return function () {
    if (!made) {
      made = quizCopyModule(fetchIt());
      made.catch(function () { made = null; });
    }
    return made;
  };
}
