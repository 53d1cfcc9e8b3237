// Trunk post_build hook: writes the service worker (Workbox generateSW) into the staging dist.
// The precache manifest lists every file of this build with a content revision, so a new release
// is a new manifest; URLs are relative, so the same sw.js works at / and under any sub-path.
import { generateSW } from "workbox-build";
import * as esbuild from "esbuild";
import path from "node:path";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("build-sw: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";
const indexPath = path.join(dir, "index.html");
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
let html = fs.readFileSync(indexPath, "utf8");

// The page's loader (scripts/loader.js) with this build's manifest: the area modules and route
// table from build-areas.mjs, and which content file holds each topic's questions and each page.
const manifest = JSON.parse(fs.readFileSync(path.join(root, "build", "areas.json"), "utf8"));
manifest.topics = {};
// `#/exercise/<slug>`, `#/sql/<slug>`, `#/design/<slug>` → that page's content file, so the loader
// fetches it alongside the page's module (exercise-<slug>-<hash>.json, <slug>-<hash>.json for SQL,
// whose slugs start with sql-, design-<slug>-<hash>.json: the names write_content gives them).
manifest.pages = {};
// `#/exercise/<slug>` → its static copy (copy-exercise-<slug>-<hash>.html, from write_content).
manifest.copies = {};
const PAGE_FILES = [[/^exercise-(.+)-[0-9a-f]+\.json$/, "exercise"], [/^(sql-.+)-[0-9a-f]+\.json$/, "sql"], [/^design-(.+)-[0-9a-f]+\.json$/, "design"]];
for (const f of fs.readdirSync(path.join(dir, "content"))) {
  const m = /^topic-(.+)-[0-9a-f]+\.json$/.exec(f);
  if (m) manifest.topics[m[1]] = `content/${f}`;
  const c = /^copy-exercise-(.+)-[0-9a-f]+\.html$/.exec(f);
  if (c) manifest.copies[`exercise/${c[1]}`] = `content/${f}`;
  for (const [re, segment] of PAGE_FILES) {
    const p = re.exec(f);
    if (p) manifest.pages[`${segment}/${p[1]}`] = `content/${f}`;
  }
}
manifest.sw = release;
/** `source` (scripts/`file`) with `placeholder` replaced by `text`; the build fails if it is missing. */
const fill = (source, file, placeholder, text) => {
  if (!source.includes(placeholder)) throw new Error(`build-sw: scripts/${file} has no ${placeholder} placeholder`);
  return source.replace(placeholder, () => text);
};
const script = (file) => fs.readFileSync(path.join(root, "scripts", file), "utf8");
// The quiz copy module's caller, which the loader and the service worker share.
const withQuizCopyCaller = (file) => fill(script(file), file, "/* quiz copy module */", script("quizcopy.js"));
// The compile worker's source, minified, as a string the loader puts in a blob.
const compileWorker = esbuild.transformSync(script("compile-worker.js"), { minify: true, target: "es2019" }).code;
// Minified (esbuild): its comments are for readers of scripts/loader.js, not bytes of every first load.
const loaderSource = fill(withQuizCopyCaller("loader.js"), "loader.js", '/* compile worker */ ""', JSON.stringify(compileWorker))
  .replace("/* manifest */ null", () => JSON.stringify(manifest));
const loader = esbuild.transformSync(loaderSource, { minify: true, target: "es2019" }).code;
if (!html.includes("<!-- area loader -->")) throw new Error("build-sw: index.html has no <!-- area loader --> placeholder");
html = html.replace("<!-- area loader -->", () => `<script>\n${loader}</script>`);

// The static home page shell (written by the write_content hook), so the page paints before the
// WASM app starts.
const shellPath = path.join(root, "build", "shell.html");
if (fs.existsSync(shellPath)) {
  const shell = fs.readFileSync(shellPath, "utf8");
  // It is the text of a script element (web/index.html), which would end at a `</script`.
  if (/<\/script/i.test(shell)) throw new Error("build-sw: build/shell.html holds `</script`, which would end the script that carries it");
  html = html.replace("<!-- prerendered home -->", () => shell);
}
fs.writeFileSync(indexPath, html);

if (!release) {
  console.log("build-sw: debug build, no service worker");
  process.exit(0);
}
// The precache covers the final index.html.
const { count, size, warnings } = await generateSW({
  globDirectory: dir,
  globPatterns: ["**/*.{html,js,wasm,css,svg,png,webmanifest,json}"],
  swDest: path.join(dir, "sw.js"),
  // Keep the old release until the user accepts the update: never mix two releases' files.
  skipWaiting: false,
  // The first install takes control at once (nothing to mix with); updates still wait.
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: "production",
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // Routes live in the hash, so the only navigation target is the app shell itself.
  directoryIndex: "index.html",
  ignoreURLParametersMatching: [/.*/],
  // Files named by a hash of their content are stored under their own URL: the service worker
  // finds a question bank or a module by an exact key (scripts/sw-copy.js), and the precache
  // fetches them as the page did (from the HTTP cache when the page has them already).
  // Question banks and copies: content/<name>-<16 hex>.<ext> (core/src/content.rs, write_content);
  // an area's glue and WebAssembly: areas/<area>-<12 hex of both>/ (build-areas.mjs; not its
  // snippets, which that hash does not cover), and the quiz copy module, areas/quizcopy-<12 hex>/.
  dontCacheBustURLsMatching: /^(content\/[^/]+-[0-9a-f]{16}\.(json|html)|areas\/[a-z]+-[0-9a-f]{12}\/[a-z]+(_bg\.wasm|\.wasm|\.js))$/,
});
for (const w of warnings) console.warn("build-sw:", w);
console.log(`build-sw: precaching ${count} files, ${(size / 1024).toFixed(0)} KB`);

// A quiz link's first question drawn by the service worker on repeat visits (scripts/sw-copy.js,
// with the copy module's caller). Before Workbox's code: its fetch listener answers every request
// it routes, and `respondWith` stops the event there, so a listener added after it never hears
// of a navigation.
const copyFiles = manifest.areas.quizcopy;
if (copyFiles) {
  const copy = esbuild.transformSync(withQuizCopyCaller("sw-copy.js"), { minify: true, target: "es2019" }).code;
  const sw = path.join(dir, "sw.js");
  const workbox = fs.readFileSync(sw, "utf8");
  fs.writeFileSync(sw, `var QUIZ_COPY_WASM=${JSON.stringify(copyFiles.wasm)};var QUIZ_COPY_TOPICS=${JSON.stringify(manifest.topics)};\n${copy}\n${workbox}`);
}
