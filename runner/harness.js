// The test harness that runs inside the runner worker. It loads the user's code, calls it once
// per test input, and reports values, errors and console output back to the page, which does
// all the comparing (expected values never enter this worker).
//
// Tamper resistance: every built-in the harness needs is captured when this module loads, before
// any user code exists; results are serialised by our own encoder (no JSON.stringify on objects,
// so no user `toJSON` hooks); each message carries a per-run nonce the user code cannot read,
// and the page ignores anything else. A fresh worker serves every run, so nothing a run changes
// survives it.

const G = globalThis;
const apply = Reflect.apply;
const construct = Reflect.construct;
const rget = Reflect.get;
const deleteProperty = Reflect.deleteProperty;
const getPrototypeOf = Reflect.getPrototypeOf;
const ownKeys = Object.keys;
const isArray = Array.isArray;
const jsonString = JSON.stringify; // used on primitive strings only: never calls user code
const ProxyCtor = Proxy;
const WeakSetCtor = WeakSet;
const wsHas = WeakSet.prototype.has;
const wsAdd = WeakSet.prototype.add;
const wsDelete = WeakSet.prototype.delete;
const StringFn = String;
const indirectEval = G.eval;
const numberIsFinite = Number.isFinite;
const objectIs = Object.is;
const MapCtor = G.Map;
const SetCtor = G.Set;
const DateCtor = G.Date;
const dateToISO = Date.prototype.toISOString;
const mapForEach = Map.prototype.forEach;
const setForEach = Set.prototype.forEach;
const setAdd = Set.prototype.add;
const setHas = Set.prototype.has;
const fnToString = Function.prototype.toString;
const errorStackTraceLimit = "stackTraceLimit" in Error;

/** Globals user code must not reach: network access and script loading. */
const NETWORK = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "WebTransport"];

const SOURCE_URL = "solution.js";

class TooLarge {}

/** Encodes a value as JSON text, tagging what JSON cannot say. Throws TooLarge past `cap`. */
function encode(value, cap) {
  const seen = new WeakSetCtor();
  let size = 0;
  const parts = [];
  const out = (s) => {
    size += s.length;
    if (size > cap) throw new TooLarge();
    parts[parts.length] = s;
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
    if (t === "function") {
      let name = "";
      try { name = StringFn(rget(v, "name")); } catch (e) { /* a throwing getter */ }
      return tagged("function", '"name":' + jsonString(name));
    }
    if (apply(wsHas, seen, [v])) throw new TypeError("the value contains a cycle (an object that contains itself)");
    if (depth > 200) throw new TypeError("the value is nested more than 200 levels deep");
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
        return;
      }
      if (v instanceof MapCtor) {
        const entries = [];
        apply(mapForEach, v, [(val, key) => { entries[entries.length] = [key, val]; }]);
        out('{"$type":"Map","value":');
        walk(entries, depth + 1);
        return out("}");
      }
      if (v instanceof SetCtor) {
        const items = [];
        apply(setForEach, v, [(val) => { items[items.length] = val; }]);
        out('{"$type":"Set","value":');
        walk(items, depth + 1);
        return out("}");
      }
      if (v instanceof DateCtor) {
        let iso = "Invalid Date";
        try { iso = apply(dateToISO, v, []); } catch (e) { /* invalid date */ }
        return tagged("Date", '"value":' + jsonString(iso));
      }
      const keys = ownKeys(v);
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
    } finally {
      apply(wsDelete, seen, [v]);
    }
  };
  walk(value, 0);
  let s = "";
  for (let i = 0; i < parts.length; i++) s += parts[i];
  return s;
}

/** A short human rendering for console output. */
function show(v) {
  if (typeof v === "string") return v;
  try {
    const s = encode(v, 4000);
    return s;
  } catch (e) {
    return e instanceof TooLarge ? "[a value too large to print]" : "[a value that cannot be printed: " + StringFn(e && e.message) + "]";
  }
}

function isIndex(prop) {
  if (typeof prop !== "string" || prop.length === 0 || prop.length > 15) return false;
  if (prop.length > 1 && prop[0] === "0") return false;
  for (let i = 0; i < prop.length; i++) if (prop[i] < "0" || prop[i] > "9") return false;
  return true;
}

/** Finds `solution.js:LINE:COL` in a stack trace; the first line is shifted by our prefix. */
function locate(stack, prefixLength) {
  if (typeof stack !== "string") return {};
  const marker = SOURCE_URL + ":";
  let at = stack.indexOf(marker);
  if (at < 0) return {};
  at += marker.length;
  let line = 0, column = 0, i = at;
  while (i < stack.length && stack[i] >= "0" && stack[i] <= "9") line = line * 10 + (stack.charCodeAt(i++) - 48);
  if (stack[i] === ":") {
    i++;
    while (i < stack.length && stack[i] >= "0" && stack[i] <= "9") column = column * 10 + (stack.charCodeAt(i++) - 48);
  }
  if (line === 1) column -= prefixLength;
  return line > 0 ? { line, column: column > 0 ? column : undefined } : {};
}

/** Describes anything user code threw. */
function describeThrown(thrown, prefixLength) {
  let name, message, stack;
  try {
    if (thrown !== null && (typeof thrown === "object" || typeof thrown === "function")) {
      name = rget(thrown, "name");
      message = rget(thrown, "message");
      stack = rget(thrown, "stack");
    }
  } catch (e) { /* getters that throw */ }
  if (typeof message === "string" && typeof stack === "string") {
    let text = (typeof name === "string" && name ? name + ": " : "") + message;
    if (name === "RangeError" && message.indexOf("call stack") >= 0) text += " (runaway recursion? check your base case)";
    return { kind: "runtime", message: text, ...locate(stack, prefixLength) };
  }
  return { kind: "runtime", message: "threw a non-Error value: " + show(thrown) };
}

function errorJson(err) {
  let s = '{"kind":' + jsonString(err.kind) + ',"message":' + jsonString(StringFn(err.message));
  if (err.line !== undefined) s += ',"line":' + err.line;
  if (err.column !== undefined) s += ',"column":' + err.column;
  return s + "}";
}

/**
 * Runs one request. `post` sends a JSON string to the page; `parseSyntax` (acorn) locates
 * syntax errors, which V8 reports without a position.
 */
export function run(request, post, parseSyntax) {
  const nonce = jsonString(request.nonce);
  const send = (type, body) => post('{"type":"' + type + '","nonce":' + nonce + (body ? "," + body : "") + "}");

  // Remove what this exercise forbids, and the network.
  const removed = [];
  const forbid = (name) => {
    deleteProperty(G, name);
    let proto = getPrototypeOf(G);
    while (proto) {
      deleteProperty(proto, name);
      proto = getPrototypeOf(proto);
    }
    removed[removed.length] = name;
  };
  for (let i = 0; i < request.forbidden.length; i++) forbid(request.forbidden[i]);
  for (let i = 0; i < NETWORK.length; i++) forbid(NETWORK[i]);

  // Console capture, per test, capped.
  const cap = request.output_cap;
  let output = "";
  let truncated = false;
  const capture = (args) => {
    if (output.length >= cap) { truncated = true; return; }
    let line = "";
    for (let i = 0; i < args.length; i++) {
      if (i > 0) line += " ";
      const piece = show(args[i]);
      line += piece.length > cap ? piece.substring(0, cap) : piece;
      if (line.length > cap) break;
    }
    line += "\n";
    const room = cap - output.length;
    if (line.length > room) { output += line.substring(0, room); truncated = true; } else output += line;
  };
  const logger = function () { capture(arguments); };
  G.console = { log: logger, info: logger, warn: logger, error: logger, debug: logger, trace: logger, table: logger, dir: logger };

  // Compile: the user's code runs inside a function whose parameters shadow forbidden names.
  const params = removed.filter((n) => n !== "importScripts").join(",");
  const prefix = "(function(" + params + "){";
  const entries = request.entry;
  let tail = "\n;return [";
  for (let i = 0; i < entries.length; i++) {
    tail += (i ? "," : "") + "typeof " + entries[i] + ' === "undefined" ? undefined : ' + entries[i];
  }
  tail += "];\n})\n//# sourceURL=" + SOURCE_URL;
  let factory;
  try {
    factory = indirectEval(prefix + request.code + tail);
  } catch (e) {
    if (e instanceof SyntaxError) {
      const err = { kind: "syntax", message: "SyntaxError: " + e.message };
      try {
        parseSyntax(request.code, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true });
      } catch (pe) {
        if (pe && pe.loc) { err.line = pe.loc.line; err.column = pe.loc.column + 1; }
      }
      send("compile-error", '"error":' + errorJson(err));
      return;
    }
    send("compile-error", '"error":' + errorJson(describeThrown(e, prefix.length)));
    return;
  }
  let defined;
  try {
    defined = factory();
  } catch (e) {
    const err = describeThrown(e, prefix.length);
    err.message = "your code threw while loading: " + err.message;
    send("compile-error", '"error":' + errorJson(err));
    return;
  }
  const byName = {};
  for (let i = 0; i < entries.length; i++) {
    const v = defined[i];
    if (typeof v !== "function") {
      const what = v === undefined ? "was not found in your code" : "is a " + typeof v + ", not a " + (request.kind === "class" ? "class" : "function");
      send("compile-error", '"error":' + errorJson({ kind: "missing", message: "`" + entries[i] + "` " + what + ". Define " + (request.kind === "class" ? "class " : "function ") + entries[i] + " at the top level of your code." }));
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
    let reads = null;
    let status = "ok";
    let valueJson = "";
    let error = null;
    let failedOp = null;
    try {
      let value;
      if (test.args) {
        const args = test.args;
        if (request.instrument !== null && request.instrument !== undefined && isArray(args[request.instrument])) {
          // Counts distinct elements read: looking at nums[mid] twice is still one element.
          reads = 0;
          const seenIndex = new SetCtor();
          const target = args[request.instrument];
          args[request.instrument] = new ProxyCtor(target, {
            get(obj, prop, receiver) {
              if (isIndex(prop) && !apply(setHas, seenIndex, [prop])) {
                apply(setAdd, seenIndex, [prop]);
                reads++;
              }
              return rget(obj, prop, receiver);
            },
          });
        }
        value = apply(byName[entries[0]], UNDEFINED, args);
      } else {
        const results = [];
        let instance = UNDEFINED;
        for (let k = 0; k < test.ops.length; k++) {
          const op = test.ops[k];
          failedOp = k;
          if (op.new !== undefined) {
            const cls = byName[op.new];
            if (typeof cls !== "function") throw new TypeError(op.new + " is not defined");
            instance = construct(cls, op.args || []);
            results[k] = UNDEFINED;
          } else if (op.call !== undefined) {
            const self = instance !== UNDEFINED ? instance : byName;
            const method = self[op.call];
            if (typeof method !== "function") throw new TypeError(op.call + " is not a method of your " + (instance !== UNDEFINED ? "object" : "code"));
            results[k] = apply(method, instance, op.args || []);
          } else {
            results[k] = instance[op.get];
          }
        }
        failedOp = null;
        value = results;
      }
      valueJson = encode(value, request.value_cap);
    } catch (e) {
      status = "error";
      if (e instanceof TooLarge) error = { kind: "value", message: "the return value is too large to check (over " + request.value_cap + " characters)" };
      else if (valueJson === "" && e instanceof TypeError && failedOp === null && typeof e.message === "string" && e.message.indexOf("cycle") > 0) error = { kind: "value", message: "cannot check the return value: " + e.message };
      else error = describeThrown(e, prefix.length);
    }
    let body = '"index":' + t + ',"result":{"status":"' + status + '"';
    if (status === "ok") body += ',"value":' + valueJson;
    if (error) body += ',"error":' + errorJson(error);
    if (failedOp !== null && status === "error") body += ',"op":' + failedOp;
    if (reads !== null) body += ',"reads":' + reads;
    body += ',"output":' + jsonString(output) + ',"truncated":' + (truncated ? "true" : "false") + "}";
    send("result", body);
  }
  send("done", "");
}
