// The test harness that runs inside the runner worker. It loads the user's code, calls it once
// per test input, and reports values, errors and console output back to the page, which does
// all the comparing (expected values never enter this worker).
//
// Tamper resistance:
// - Every built-in the harness needs is captured when this module loads, before any user code
//   exists. After user code has run, the harness calls only captured functions, reads only
//   null-prototype records it built itself (or own properties of JSON-parsed data), never writes
//   to an array index that does not exist yet (a setter on `Array.prototype` would catch it) and
//   builds messages by concatenating primitives. So getters/setters installed on
//   `Object.prototype`/`Array.prototype`, `toJSON`, `Symbol.toPrimitive`, replaced `JSON`,
//   `String`, `Error` or `Reflect` cannot inject anything into a message.
// - User code cannot climb to harness frames and read the nonce: the frames below user code are
//   arrow functions (whose `arguments` cannot be read through `fn.caller` or
//   `Error.prepareStackTrace` call sites) and the bundle is strict (see worker.js).
// - Each message carries a per-run nonce the user code cannot read; the page ignores the rest.
// - A fresh worker serves every run, so nothing a run changes survives it.
"use strict";

const G = globalThis;
const apply = Reflect.apply;
const construct = Reflect.construct;
const rget = Reflect.get;
const rset = Reflect.set;
const rhas = Reflect.has;
const rownKeys = Reflect.ownKeys;
const rgetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
const rdefineProperty = Reflect.defineProperty;
const rdeleteProperty = Reflect.deleteProperty;
const rgetPrototypeOf = Reflect.getPrototypeOf;
const rsetPrototypeOf = Reflect.setPrototypeOf;
const risExtensible = Reflect.isExtensible;
const rpreventExtensions = Reflect.preventExtensions;
const objectKeys = Object.keys;
const create = Object.create;
const freeze = Object.freeze;
const isArray = Array.isArray;
const jsonString = JSON.stringify; // used on primitive strings only: never calls user code
const proxyRevocable = Proxy.revocable;
const WeakSetCtor = WeakSet;
const wsHas = WeakSet.prototype.has;
const wsAdd = WeakSet.prototype.add;
const wsDelete = WeakSet.prototype.delete;
const StringFn = String;
const strIndexOf = String.prototype.indexOf;
const strSlice = String.prototype.slice;
const strCharCodeAt = String.prototype.charCodeAt;
const TypeErrorCtor = TypeError;
const SyntaxErrorCtor = SyntaxError;
const indirectEval = G.eval;
const numberIsFinite = Number.isFinite;
const objectIs = Object.is;
const mapSize = rgetOwnPropertyDescriptor(Map.prototype, "size").get;
const mapForEach = Map.prototype.forEach;
const setSize = rgetOwnPropertyDescriptor(Set.prototype, "size").get;
const setForEach = Set.prototype.forEach;
const dateGetTime = Date.prototype.getTime;
const dateToISO = Date.prototype.toISOString;
const FunctionCtor = Function;
/** The hidden constructors behind `async function`, `function*` and `async function*`. */
const CODE_CONSTRUCTORS = [
  ["function", FunctionCtor],
  ["async function", rgetPrototypeOf(async function () {}).constructor],
  ["function*", rgetPrototypeOf(function* () {}).constructor],
  ["async function*", rgetPrototypeOf(async function* () {}).constructor],
];
const timers = [["setTimeout", G.setTimeout], ["setInterval", G.setInterval]];

/**
 * Globals user code must not reach: the network, script and module loading, nested workers,
 * cross-context messaging and persistent storage.
 */
const REMOVED = [
  "fetch", "XMLHttpRequest", "WebSocket", "WebSocketStream", "EventSource", "WebTransport", "importScripts",
  "Worker", "SharedWorker", "BroadcastChannel", "indexedDB", "caches",
];

const SOURCE_URL = "solution.js";
/** Longest error message passed on (a thrown Error may carry megabytes). */
const MESSAGE_CAP = 2000;

/** A null-prototype record: reading a field it lacks cannot reach a polluted prototype. */
function rec() {
  return create(null);
}

/** Failures of `encode`, told apart from anything user code throws by identity. */
const failures = new WeakSetCtor();
function fail(reason) {
  const f = rec();
  f.reason = reason;
  freeze(f);
  apply(wsAdd, failures, [f]);
  throw f;
}
function isFailure(e) {
  return e !== null && typeof e === "object" && apply(wsHas, failures, [e]);
}

/** Brand checks that user code cannot fake (no `instanceof`, no `Symbol.toStringTag`). */
function hasBrand(getter, v) {
  try {
    apply(getter, v, []);
    return true;
  } catch (e) {
    return false;
  }
}

/**
 * Encodes a value as JSON text, tagging what JSON cannot say. Fails (see `fail`) past `cap`
 * characters, on cycles and on nesting deeper than 200. Values equal to `self` (the instance of a
 * class test) are tagged `instance` instead of being walked.
 */
function encode(value, cap, self) {
  const seen = new WeakSetCtor();
  let size = 0;
  let text = "";
  const out = (s) => {
    size += s.length;
    if (size > cap) fail("too large");
    text += s;
  };
  const tagged = (type, extra) => out('{"$type":' + jsonString(type) + (extra === undefined ? "" : "," + extra) + "}");
  const walk = (v, depth) => {
    const t = typeof v;
    if (v === undefined) return tagged("undefined");
    if (v === null) return out("null");
    if (t === "boolean") return out(v ? "true" : "false");
    if (t === "number") {
      if (numberIsFinite(v)) return out(objectIs(v, -0) ? "0" : jsonString(v));
      return tagged("number", '"value":' + jsonString(StringFn(v)));
    }
    if (t === "string") return out(jsonString(v));
    if (t === "bigint") return tagged("bigint", '"value":' + jsonString(StringFn(v)));
    if (t === "symbol") return tagged("symbol");
    if (self !== undefined && v === self) return tagged("instance");
    if (t === "function") {
      let name = "";
      try {
        const n = rget(v, "name");
        if (typeof n === "string") name = n;
      } catch (e) { /* a throwing getter */ }
      return tagged("function", '"name":' + jsonString(name));
    }
    if (apply(wsHas, seen, [v])) fail("the value contains a cycle (an object that contains itself)");
    if (depth > 200) fail("the value is nested more than 200 levels deep");
    apply(wsAdd, seen, [v]);
    try {
      if (isArray(v)) {
        out("[");
        const n = v.length;
        for (let i = 0; i < n; i++) {
          if (i > 0) out(",");
          walk(v[i], depth + 1);
        }
        out("]");
      } else if (hasBrand(mapSize, v)) {
        out('{"$type":"Map","value":[');
        let first = true;
        apply(mapForEach, v, [(val, key) => {
          out(first ? "[" : ",[");
          first = false;
          walk(key, depth + 2);
          out(",");
          walk(val, depth + 2);
          out("]");
        }]);
        out("]}");
      } else if (hasBrand(setSize, v)) {
        out('{"$type":"Set","value":[');
        let first = true;
        apply(setForEach, v, [(val) => {
          if (!first) out(",");
          first = false;
          walk(val, depth + 1);
        }]);
        out("]}");
      } else if (hasBrand(dateGetTime, v)) {
        let iso = "Invalid Date";
        try { iso = apply(dateToISO, v, []); } catch (e) { /* invalid date */ }
        tagged("Date", '"value":' + jsonString(iso));
      } else {
        const keys = objectKeys(v);
        const wrap = keys.length === 1 && keys[0] === "$type";
        if (wrap) out('{"$type":"object","value":');
        out("{");
        for (let i = 0; i < keys.length; i++) {
          if (i > 0) out(",");
          out(jsonString(keys[i]) + ":");
          walk(v[keys[i]], depth + 1);
        }
        out("}");
        if (wrap) out("}");
      }
    } finally {
      apply(wsDelete, seen, [v]);
    }
  };
  walk(value, 0);
  return text;
}

/** A short human rendering for console output. */
function show(v) {
  if (typeof v === "string") return v;
  try {
    return encode(v, 4000, undefined);
  } catch (e) {
    if (isFailure(e)) return e.reason === "too large" ? "[a value too large to print]" : "[a value that cannot be printed: " + e.reason + "]";
    return "[a value that cannot be printed: reading it threw]";
  }
}

function cut(s, max) {
  return s.length > max ? apply(strSlice, s, [0, max]) + "…" : s;
}

/** Whether a property key names an array element ("0", "17", not "01" or "-1"). */
function isIndex(prop) {
  if (typeof prop !== "string" || prop.length === 0 || prop.length > 15) return false;
  if (prop.length > 1 && prop[0] === "0") return false;
  for (let i = 0; i < prop.length; i++) if (prop[i] < "0" || prop[i] > "9") return false;
  return true;
}

/**
 * Wraps the complexity-checked array. Every trap is defined here (a trap left out would act on
 * the raw array unseen, and the handler has no prototype, so a "trap" installed on
 * `Object.prototype` cannot receive the raw array). Whatever exposes an element's value —
 * `get` (plain reads, and through it iterators, spread, Array.prototype methods, JSON.stringify,
 * join/toString, apply/spread calls) and `getOwnPropertyDescriptor` (descriptors,
 * Object.values/entries/assign) — counts that index once. `has` and `ownKeys` reveal only which
 * indices exist. Receivers are always passed through, so no prototype accessor ever sees the raw
 * array. The proxy is revoked after its test, so a kept reference cannot be read for free later;
 * and proxies cannot be structured-cloned, so structuredClone/postMessage copies throw.
 */
function instrument(target) {
  const seen = rec();
  const counter = rec();
  counter.reads = 0;
  const note = (prop) => {
    if (isIndex(prop) && seen[prop] !== true) {
      seen[prop] = true;
      counter.reads++;
    }
  };
  const handler = rec();
  handler.get = (t, p, receiver) => { note(p); return rget(t, p, receiver); };
  handler.getOwnPropertyDescriptor = (t, p) => { note(p); return rgetOwnPropertyDescriptor(t, p); };
  handler.has = (t, p) => rhas(t, p);
  handler.ownKeys = (t) => rownKeys(t);
  handler.set = (t, p, v, receiver) => rset(t, p, v, receiver);
  handler.defineProperty = (t, p, d) => rdefineProperty(t, p, d);
  handler.deleteProperty = (t, p) => rdeleteProperty(t, p);
  handler.getPrototypeOf = (t) => rgetPrototypeOf(t);
  handler.setPrototypeOf = (t, proto) => rsetPrototypeOf(t, proto);
  handler.isExtensible = (t) => risExtensible(t);
  handler.preventExtensions = (t) => rpreventExtensions(t);
  const { proxy, revoke } = proxyRevocable(target, handler);
  counter.proxy = proxy;
  counter.revoke = revoke;
  return counter;
}

/** Finds `solution.js:LINE:COL` in a stack trace; the first line is shifted by our prefix. */
function locate(stack, prefixLength, into) {
  const marker = SOURCE_URL + ":";
  let at = apply(strIndexOf, stack, [marker]);
  if (at < 0) return;
  at += marker.length;
  let line = 0, column = 0, i = at;
  const digit = (k) => k < stack.length && stack[k] >= "0" && stack[k] <= "9";
  while (digit(i) && line < 1e7) line = line * 10 + (apply(strCharCodeAt, stack, [i++]) - 48);
  if (stack[i] === ":") {
    i++;
    while (digit(i) && column < 1e7) column = column * 10 + (apply(strCharCodeAt, stack, [i++]) - 48);
  }
  if (line === 1) column -= prefixLength;
  if (line > 0) {
    into.line = line;
    if (column > 0) into.column = column;
  }
}

/** An error record for a message: harness-made, null-prototype, primitives only. */
function errorRec(kind, message) {
  const r = rec();
  r.kind = kind;
  r.message = cut(message, MESSAGE_CAP);
  return r;
}

/** Describes anything user code threw, reading it once through captured functions. */
function describeThrown(thrown, prefixLength) {
  let name, message, stack;
  if (thrown !== null && (typeof thrown === "object" || typeof thrown === "function")) {
    try { name = rget(thrown, "name"); } catch (e) { /* a throwing getter */ }
    try { message = rget(thrown, "message"); } catch (e) { /* a throwing getter */ }
    try { stack = rget(thrown, "stack"); } catch (e) { /* a throwing getter */ }
  }
  if (typeof message === "string" && typeof stack === "string") {
    let text = (typeof name === "string" && name ? name + ": " : "") + message;
    if (name === "RangeError" && apply(strIndexOf, message, ["call stack"]) >= 0) text += " (runaway recursion? check your base case)";
    const err = errorRec("runtime", text);
    locate(stack, prefixLength, err);
    return err;
  }
  return errorRec("runtime", "threw a non-Error value: " + show(thrown));
}

function errorJson(err) {
  let s = '{"kind":' + jsonString(err.kind) + ',"message":' + jsonString(err.message);
  if (typeof err.line === "number") s += ',"line":' + jsonString(err.line);
  if (typeof err.column === "number") s += ',"column":' + jsonString(err.column);
  return s + "}";
}

/** The first `import(...)` in an acorn AST, or null. Runs before any user code. */
function findImport(ast) {
  const stack = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (node.type === "ImportExpression") return node;
    const keys = objectKeys(node);
    for (let i = 0; i < keys.length; i++) {
      const v = node[keys[i]];
      if (v !== null && typeof v === "object" && keys[i] !== "loc") stack.push(v);
    }
  }
  return null;
}

const IMPORT_MESSAGE = "import() is not available: the runner has no module loading or network access";

function isIdentChar(c) {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "_" || c === "$";
}

/**
 * Refuses code compiled at run time (eval, the Function constructors, string timers) if it might
 * call `import()`: any `import` that is not part of a longer ASCII name. Conservative on purpose:
 * acorn is not used here because user code has run by then and may have patched the built-ins
 * a parser relies on; this check uses captured functions only. (A keyword cannot be written with
 * escapes, so `import(` always appears literally.)
 */
function refuseImport(source, what) {
  let from = 0;
  for (;;) {
    const at = apply(strIndexOf, source, ["import", from]);
    if (at < 0) return source;
    const before = at > 0 ? source[at - 1] : "";
    const after = at + 6 < source.length ? source[at + 6] : "";
    if (!isIdentChar(before) && !isIdentChar(after)) throw new TypeErrorCtor(what + ": " + IMPORT_MESSAGE);
    from = at + 6;
  }
}

/** Sets `name` on the global object and on every prototype that also has it. */
function replaceEverywhere(name, value) {
  G[name] = value;
  let proto = rgetPrototypeOf(G);
  while (proto) {
    const d = rgetOwnPropertyDescriptor(proto, name);
    if (d !== undefined) rdefineProperty(proto, name, { value, writable: true, enumerable: false, configurable: true });
    proto = rgetPrototypeOf(proto);
  }
}

/** Replaces every route to run-time compilation with one that refuses `import()`. */
function guardCodeGeneration() {
  // A replaced eval is never a direct eval: eval'd code sees global scope, not the caller's.
  const guarded = {
    eval(source) {
      if (typeof source !== "string") return source;
      return indirectEval(refuseImport(source, "eval"));
    },
  };
  replaceEverywhere("eval", guarded.eval);
  for (let i = 0; i < CODE_CONSTRUCTORS.length; i++) {
    const kind = CODE_CONSTRUCTORS[i][0];
    const Original = CODE_CONSTRUCTORS[i][1];
    const guarded = function () {
      const n = arguments.length;
      let params = "";
      for (let k = 0; k < n - 1; k++) {
        arguments[k] = StringFn(arguments[k]);
        params += (k ? "," : "") + arguments[k];
      }
      if (n > 0) arguments[n - 1] = StringFn(arguments[n - 1]);
      const body = n > 0 ? arguments[n - 1] : "";
      // The strings checked are the strings compiled: arguments were converted once, above.
      refuseImport(params + "\n" + body, "new Function");
      return construct(Original, arguments);
    };
    const proto = Original.prototype;
    guarded.prototype = proto;
    rdefineProperty(proto, "constructor", { value: guarded, writable: Original === FunctionCtor, enumerable: false, configurable: true });
    if (Original === FunctionCtor) replaceEverywhere("Function", guarded);
  }
  for (let i = 0; i < timers.length; i++) {
    const name = timers[i][0];
    const original = timers[i][1];
    if (typeof original !== "function") continue;
    replaceEverywhere(name, function () {
      if (arguments.length > 0 && typeof arguments[0] !== "function") arguments[0] = refuseImport(StringFn(arguments[0]), name);
      return apply(original, G, arguments);
    });
  }
}

/**
 * Copies what the harness needs out of the parsed request into null-prototype records, before
 * any user code runs: afterwards, reading a field a test lacks cannot reach a polluted prototype.
 */
function normalise(request) {
  const r = rec();
  r.nonce = jsonString(StringFn(request.nonce));
  r.code = StringFn(request.code);
  r.isClass = request.kind === "class";
  r.entry = request.entry;
  r.forbidden = request.forbidden;
  r.instrument = typeof request.instrument === "number" ? request.instrument : -1;
  r.outputCap = request.output_cap;
  r.valueCap = request.value_cap;
  r.unchecked = rec();
  const unchecked = isArray(request.unchecked) ? request.unchecked : [];
  for (let i = 0; i < unchecked.length; i++) r.unchecked[unchecked[i]] = true;
  const tests = rec();
  tests.length = request.tests.length;
  for (let t = 0; t < request.tests.length; t++) {
    const raw = request.tests[t];
    const test = rec();
    if (isArray(raw.args)) {
      test.args = raw.args;
    } else {
      test.ops = rec();
      test.ops.length = raw.ops.length;
      for (let k = 0; k < raw.ops.length; k++) {
        const o = raw.ops[k];
        const op = rec();
        if (typeof o.new === "string") { op.what = "new"; op.name = o.new; }
        else if (typeof o.call === "string") { op.what = "call"; op.name = o.call; }
        else { op.what = "get"; op.name = StringFn(o.get); }
        op.args = isArray(o.args) ? o.args : [];
        test.ops[k] = op;
      }
    }
    tests[t] = test;
  }
  r.tests = tests;
  return r;
}

/**
 * Runs one request. `post` sends a JSON string to the page; `parse` is acorn's, used to locate
 * syntax errors (V8 reports them without a position) and to find `import()`.
 *
 * An arrow function on purpose: this is the frame below every call into user code, and Chromium
 * hands out a plain function's live `arguments` through `fn.caller` and through
 * `Error.prepareStackTrace` call sites even when the harness is strict; an arrow's throw. The
 * nonce is also removed from the parsed request, so nothing reachable from a frame holds it.
 */
export const run = (rawRequest, post, parse) => {
  const request = normalise(rawRequest);
  rdeleteProperty(rawRequest, "nonce");
  const nonce = request.nonce;
  const send = (type, body) => post('{"type":"' + type + '","nonce":' + nonce + (body ? "," + body : "") + "}");

  // Remove what this exercise forbids, and the capabilities above.
  let params = "";
  const shadowed = rec();
  const forbid = (name) => {
    rdeleteProperty(G, name);
    let proto = rgetPrototypeOf(G);
    while (proto) {
      rdeleteProperty(proto, name);
      proto = rgetPrototypeOf(proto);
    }
    // Also shadowed by a parameter of the function that wraps the user's code.
    // (Once each: strict code, "use strict" at the top of the user's code, rejects duplicates.)
    if (name !== "importScripts" && shadowed[name] !== true) {
      shadowed[name] = true;
      params += (params ? "," : "") + name;
    }
  };
  for (let i = 0; i < request.forbidden.length; i++) forbid(request.forbidden[i]);
  for (let i = 0; i < REMOVED.length; i++) forbid(REMOVED[i]);

  // Console capture, per test, capped.
  const cap = request.outputCap;
  let output = "";
  let truncated = false;
  const capture = (args) => {
    if (output.length >= cap) { truncated = true; return; }
    let line = "";
    for (let i = 0; i < args.length; i++) {
      if (i > 0) line += " ";
      const piece = show(args[i]);
      line += piece.length > cap ? apply(strSlice, piece, [0, cap]) : piece;
      if (line.length > cap) break;
    }
    line += "\n";
    const room = cap - output.length;
    if (line.length > room) { output += apply(strSlice, line, [0, room]); truncated = true; } else output += line;
  };
  const logger = function () { capture(arguments); };
  G.console = { log: logger, info: logger, warn: logger, error: logger, debug: logger, trace: logger, table: logger, dir: logger };

  // Compile: the user's code runs inside a function whose parameters shadow forbidden names.
  const prefix = "(function(" + params + "){";
  const entries = request.entry;
  let tail = "\n;return [";
  for (let i = 0; i < entries.length; i++) {
    tail += (i ? "," : "") + "typeof " + entries[i] + ' === "undefined" ? undefined : ' + entries[i];
  }
  tail += "];\n})\n//# sourceURL=" + SOURCE_URL;
  const source = prefix + request.code + tail;
  let factory;
  try {
    factory = indirectEval(source);
  } catch (e) {
    if (e instanceof SyntaxErrorCtor) {
      const err = errorRec("syntax", "SyntaxError: " + StringFn(e.message));
      try {
        parse(request.code, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true, allowReturnOutsideFunction: true });
      } catch (pe) {
        if (pe && pe.loc) { err.line = pe.loc.line; err.column = pe.loc.column + 1; }
      }
      send("compile-error", '"error":' + errorJson(err));
      return;
    }
    send("compile-error", '"error":' + errorJson(describeThrown(e, prefix.length)));
    return;
  }
  // Compiled but not run yet: refuse `import()` (it would fetch a module) before anything runs.
  let ast;
  try {
    ast = parse(source, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true, locations: true });
  } catch (pe) {
    send("compile-error", '"error":' + errorJson(errorRec("syntax", "SyntaxError: " + StringFn(pe && pe.message))));
    return;
  }
  const imported = findImport(ast);
  if (imported !== null) {
    const err = errorRec("forbidden", IMPORT_MESSAGE);
    err.line = imported.loc.start.line;
    err.column = imported.loc.start.column + 1 - (err.line === 1 ? prefix.length : 0);
    send("compile-error", '"error":' + errorJson(err));
    return;
  }
  guardCodeGeneration();

  let defined;
  try {
    defined = factory();
  } catch (e) {
    const err = describeThrown(e, prefix.length);
    err.message = cut("your code threw while loading: " + err.message, MESSAGE_CAP);
    send("compile-error", '"error":' + errorJson(err));
    return;
  }
  const byName = rec();
  for (let i = 0; i < entries.length; i++) {
    let v;
    try { v = defined[i]; } catch (e) { v = undefined; }
    if (typeof v !== "function") {
      const what = v === undefined ? "was not found in your code" : "is a " + typeof v + ", not a " + (request.isClass ? "class" : "function");
      send("compile-error", '"error":' + errorJson(errorRec("missing", "`" + entries[i] + "` " + what + ". Define " + (request.isClass ? "class " : "function ") + entries[i] + " at the top level of your code.")));
      return;
    }
    byName[entries[i]] = v;
  }

  const UNDEFINED = undefined;
  for (let t = 0; t < request.tests.length; t++) {
    const test = request.tests[t];
    output = "";
    truncated = false;
    send("test-start", '"index":' + t);
    let counted = null;
    let valueJson = "";
    let error = null;
    let failedOp = -1;
    try {
      if (test.args !== undefined) {
        const args = test.args;
        const at = request.instrument;
        if (at >= 0 && at < args.length && isArray(args[at])) {
          counted = instrument(args[at]);
          args[at] = counted.proxy;
        }
        const value = apply(byName[entries[0]], UNDEFINED, args);
        try {
          valueJson = encode(value, request.valueCap, UNDEFINED);
        } catch (e) {
          if (!isFailure(e)) throw e;
          error = errorRec("value", e.reason === "too large"
            ? "the return value is too large to check (over " + request.valueCap + " characters)"
            : "cannot check the return value: " + e.reason);
        }
      } else {
        // Each checked result is encoded right after its operation (a returned internal array
        // that a later operation changes still shows what was returned); unchecked results are
        // not encoded at all.
        const ops = test.ops;
        let instance = UNDEFINED;
        let room = request.valueCap;
        let json = "[";
        for (let k = 0; k < ops.length && error === null; k++) {
          const op = ops[k];
          failedOp = k;
          let value = UNDEFINED;
          let checked = false;
          if (op.what === "new") {
            const cls = byName[op.name];
            if (typeof cls !== "function") throw new TypeErrorCtor(op.name + " is not defined");
            instance = construct(cls, op.args);
          } else if (op.what === "call") {
            const self = instance !== UNDEFINED ? instance : byName;
            const method = self[op.name];
            if (typeof method !== "function") throw new TypeErrorCtor(op.name + " is not a method of your " + (instance !== UNDEFINED ? "object" : "code"));
            value = apply(method, instance, op.args);
            checked = request.unchecked[op.name] !== true;
          } else {
            if (instance === UNDEFINED) throw new TypeErrorCtor("no object to read ." + op.name + " from");
            value = instance[op.name];
            checked = true;
          }
          let piece = "null";
          if (checked) {
            try {
              piece = encode(value, room, instance);
            } catch (e) {
              if (!isFailure(e)) throw e;
              error = errorRec("value", e.reason === "too large"
                ? "the returned values are too large to check (over " + request.valueCap + " characters in all)"
                : "cannot check the returned value: " + e.reason);
            }
          }
          room -= piece.length;
          json += (k ? "," : "") + piece;
        }
        if (error === null) failedOp = -1;
        valueJson = json + "]";
      }
    } catch (e) {
      error = describeThrown(e, prefix.length);
    }
    if (counted !== null) counted.revoke();
    let body = '"index":' + t + ',"result":{"status":"' + (error === null ? "ok" : "error") + '"';
    if (error === null) body += ',"value":' + valueJson;
    else body += ',"error":' + errorJson(error);
    if (error !== null && failedOp >= 0) body += ',"op":' + failedOp;
    if (counted !== null) body += ',"reads":' + jsonString(counted.reads);
    body += ',"output":' + jsonString(output) + ',"truncated":' + (truncated ? "true" : "false") + "}";
    send("result", body);
  }
  send("done", "");
};
