// Trunk pre_build hook: builds one WASM module per area (src/bin/<area>.rs, see src/areas/) into
// build/areas/<area>-<hash>/, and writes build/areas.json (area → module files, first route
// segment → area) for the page's loader, which build-sw.mjs inlines into index.html.
// The home page then downloads only the home module; each other area loads when it is opened.
// Uses the cargo, wasm-bindgen and wasm-opt on PATH (the Makefile's, or the fallback route's).
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { shortenNames } from "./wasm-names.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const release = (process.env.TRUNK_PROFILE || "release") === "release";
const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(root, process.env.CARGO_TARGET_DIR) : path.join(root, "target");
const out = path.join(root, "build", "areas");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
const runAsync = async (cmd, args) => {
  try {
    await promisify(execFile)(cmd, args, { cwd: root, maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`build-areas: ${cmd} failed:\n${e.stderr || e.message}`);
  }
};

// The areas and the route table come from the Rust core (one source of truth, route.rs): the
// bins are named after `Area::name`, and `SEGMENT_AREAS` says which first path segment opens
// which area.
const { areas, segments } = JSON.parse(execFileSync("cargo", ["run", "-q", "-p", "backprep-core", "--example", "areas"], { cwd: root, encoding: "utf8" }));
for (const a of areas) if (!fs.existsSync(path.join(root, "src", "bin", `${a}.rs`))) throw new Error(`build-areas: area ${a} has no src/bin/${a}.rs`);

// Built alongside, though not an area: the module that paints a quiz link's first question before
// the quiz module has arrived (src/bin/quizcopy.rs). It has no wasm-bindgen glue (the page
// instantiates it straight from its response: scripts/quizcopy.js), so it is one file,
// areas/quizcopy-<hash>/quizcopy.wasm. The loader finds it in the manifest's areas.
const modules = [...areas, "quizcopy"];
const t0 = Date.now();
run("cargo", ["build", "--offline", "--target", "wasm32-unknown-unknown", ...(release ? ["--release"] : []), ...modules.flatMap((a) => ["--bin", a])]);
fs.rmSync(out, { recursive: true, force: true });
const manifest = { areas: {}, segments };
// wasm-bindgen and wasm-opt for every area at once (one per core is enough to halve the time).
await Promise.all(modules.map(async (a) => {
  const tmp = path.join(out, `.${a}`);
  const wasmIn = path.join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${a}.wasm`);
  const glued = a !== "quizcopy";
  const wasm = path.join(tmp, glued ? `${a}_bg.wasm` : `${a}.wasm`);
  if (glued) await runAsync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", tmp, "--out-name", a, wasmIn]);
  else {
    fs.mkdirSync(tmp, { recursive: true });
    fs.copyFileSync(wasmIn, wasm);
  }
  if (release) {
    // Size over speed (measured in BENCHMARKS.md); the features are those rustc's wasm32 emits.
    // BACKPREP_WASM_NAMES=1 keeps function names, for profiles (a few % larger; never shipped).
    await runAsync("wasm-opt", ["-Oz", ...(process.env.BACKPREP_WASM_NAMES ? ["-g"] : []), "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
      "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", "-o", wasm, wasm]);
  }
  if (release && glued) {
    // wasm-bindgen's glue, minified: −1.7 KB gzip of the home page's first load (BENCHMARKS.md).
    // Export and import names are kept (the loader calls `default`, `mount`, `warm`; the WASM
    // imports by property name, which esbuild never renames).
    const glue = path.join(tmp, `${a}.js`);
    const { code } = await esbuild.transform(fs.readFileSync(glue, "utf8"), { minify: true, format: "esm", target: "es2020" });
    // Short names for the module's imports and wasm-bindgen's exports, in both files
    // (scripts/wasm-names.mjs): −5.0 KB gzip of the home page's first load.
    const short = shortenNames(fs.readFileSync(wasm), code, `./${a}_bg.js`);
    fs.writeFileSync(wasm, short.wasm);
    fs.writeFileSync(glue, short.glue);
  }
  const digest = crypto.createHash("sha256").update(fs.readFileSync(wasm));
  if (glued) digest.update(fs.readFileSync(path.join(tmp, `${a}.js`)));
  const dir = `${a}-${digest.digest("hex").slice(0, 12)}`;
  fs.renameSync(tmp, path.join(out, dir));
  manifest.areas[a] = glued ? { js: `areas/${dir}/${a}.js`, wasm: `areas/${dir}/${a}_bg.wasm` } : { wasm: `areas/${dir}/${a}.wasm` };
}));
manifest.areas = Object.fromEntries(modules.map((a) => [a, manifest.areas[a]]));
fs.writeFileSync(path.join(root, "build", "areas.json"), JSON.stringify(manifest, null, 1));
console.log(`build-areas: ${modules.join(", ")} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
