// Short names for what a module and its wasm-bindgen glue call each other by. wasm-bindgen names
// every import `__wbg_<method>_<16 hex digits>` and some exports
// `wasm_bindgen__convert__closures_____invoke__h<16 hex>`: each name is written in the module and
// again in the glue, and the hex digits do not compress (≈ 3.5 KB gzip of the home page's first
// load). Binaryen's `--minify-imports` renames only an `env` module's imports, so this rewrites
// the import and export sections itself (nothing else in the module names them) and the glue's
// matching identifiers, and checks that every old name was found in the glue and none is left.

/** Reads an unsigned LEB128 at `pos`: [value, next position]. */
function uleb(buf, pos) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}
function encodeUleb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}
function readName(buf, pos) {
  const [len, p] = uleb(buf, pos);
  return [buf.subarray(p, p + len).toString("utf8"), p + len];
}
function encodeName(s) {
  const b = Buffer.from(s, "utf8");
  return Buffer.concat([encodeUleb(b.length), b]);
}
/** Skips table or memory limits. */
function skipLimits(buf, pos) {
  const flags = buf[pos++];
  pos = uleb(buf, pos)[1];
  return flags & 1 ? uleb(buf, pos)[1] : pos;
}
/** Skips an import's description (function, table, memory, global or tag). */
function skipImportDesc(buf, pos) {
  const kind = buf[pos++];
  switch (kind) {
    case 0: return uleb(buf, pos)[1];
    case 1: return skipLimits(buf, pos + 1);
    case 2: return skipLimits(buf, pos);
    case 3: return pos + 2;
    case 4: return uleb(buf, pos + 1)[1];
    default: throw new Error(`wasm-names: unknown import kind ${kind}`);
  }
}

/** Whether an export keeps its name: those a caller uses on the module itself (the loader's
 *  compile worker calls `prime`), and the memory. Only wasm-bindgen's own names are shortened. */
const renamed = (name) => name.startsWith("__") || name.startsWith("wasm_bindgen__");

/**
 * Returns the module and glue with short names: `{ wasm: Buffer, glue: string, saved }`.
 * `moduleName` is the glue's import module (`./<area>_bg.js`), renamed to "a".
 */
export function shortenNames(wasm, glue, moduleName) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("wasm-names: not a WebAssembly module");
  const map = new Map();
  const imported = new Set();
  const short = () => "_" + map.size.toString(36);
  const parts = [wasm.subarray(0, 8)];
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = uleb(wasm, pos + 1);
    const end = start + size;
    if (id === 2 || id === 7) {
      let [count, p] = uleb(wasm, start);
      const body = [encodeUleb(count)];
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          const [mod, p1] = readName(wasm, p);
          const [name, p2] = readName(wasm, p1);
          const p3 = skipImportDesc(wasm, p2);
          // A JS snippet's functions keep their names (the glue imports the snippet whole).
          if (mod !== moduleName) body.push(wasm.subarray(p, p3));
          else {
            if (!map.has(name)) map.set(name, short());
            imported.add(name);
            body.push(encodeName("a"), encodeName(map.get(name)), wasm.subarray(p2, p3));
          }
          p = p3;
        } else {
          const [name, p1] = readName(wasm, p);
          const p2 = uleb(wasm, p1 + 1)[1];
          if (renamed(name) && !map.has(name)) map.set(name, short());
          body.push(encodeName(map.get(name) || name), wasm.subarray(p1, p2));
          p = p2;
        }
      }
      if (p !== end) throw new Error(`wasm-names: section ${id} did not end where its size says`);
      const content = Buffer.concat(body);
      parts.push(Buffer.from([id]), encodeUleb(content.length), content);
    } else {
      parts.push(wasm.subarray(pos, end));
    }
    pos = end;
  }
  let out = glue;
  const quoted = JSON.stringify(moduleName);
  if (out.split(quoted).length !== 2) throw new Error(`wasm-names: the glue names ${quoted} other than once`);
  out = out.replace(quoted, '"a"');
  for (const [name, to] of map) {
    const token = new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
    const before = out;
    out = out.replace(token, to);
    // Every import is in the glue's import object; an export the glue never calls stays unused.
    if (out === before && imported.has(name)) throw new Error(`wasm-names: the glue never names ${name}`);
  }
  for (const name of map.keys()) if (out.includes(name)) throw new Error(`wasm-names: ${name} is still in the glue`);
  return { wasm: Buffer.concat(parts), glue: out, renamed: map.size };
}
