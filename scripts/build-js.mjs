// Trunk pre_build hook: bundles the JavaScript parts with esbuild into build/, which index.html
// copies into dist/. The editor is an ES module imported lazily on exercise pages; the runner is
// a classic worker script (harness + acorn for locating syntax errors).
import * as esbuild from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const common = { bundle: true, minify: true, legalComments: "none", target: "es2020", logLevel: "warning", absWorkingDir: root };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ["editor/index.js"], outfile: "build/editor/editor.js", format: "esm" }),
  esbuild.build({ ...common, entryPoints: ["runner/worker.js"], outfile: "build/runner/worker.js", format: "iife" }),
]);
