// Trunk pre_build hook: bundles the JavaScript parts with esbuild into build/, which index.html
// copies into dist/. The editor is an ES module imported lazily on exercise pages; the runner is
// a classic worker script (harness + acorn for locating syntax errors).
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Stale chunks of an earlier build would be copied into dist/ (and precached) too.
fs.rmSync(path.join(root, "build/editor"), { recursive: true, force: true });
const common = { bundle: true, minify: true, legalComments: "none", target: "es2020", logLevel: "warning", absWorkingDir: root };
await Promise.all([
  // One entry per language; CodeMirror itself lands in a chunk both share.
  esbuild.build({ ...common, entryPoints: ["editor/javascript.js", "editor/sql.js"], outdir: "build/editor", format: "esm", splitting: true, chunkNames: "codemirror-[hash]" }),
  esbuild.build({ ...common, entryPoints: ["runner/worker.js"], outfile: "build/runner/worker.js", format: "iife" }),
  esbuild.build({ ...common, entryPoints: ["runner/sql-worker.js"], outfile: "build/runner/sql-worker.js", format: "iife" }),
]);
// The SQL engine (sql.js: SQLite compiled to WebAssembly), next to the worker that imports it.
for (const f of ["sql-wasm.js", "sql-wasm.wasm"]) fs.copyFileSync(path.join(root, "node_modules/sql.js/dist", f), path.join(root, "build/runner", f));
