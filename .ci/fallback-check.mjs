// CI: is a built dist/ a working app? Serves it under a sub-path, opens it in Debian's Chromium
// (playwright-core) and checks that the WASM app mounts (the prerendered shell is replaced by the
// live home page with its topic links), that a route of another area (the quiz module) renders, and that nothing errors or leaves
// the origin. Usage: node .ci/fallback-check.mjs <dist dir>
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { startServer } from "../tests/e2e/serve.mjs";

const dir = process.argv[2];
if (!dir) { console.error("usage: node .ci/fallback-check.mjs <dist dir>"); process.exit(2); }
const fail = (msg) => { console.error(`fallback-check: ${msg}`); process.exit(1); };
const files = fs.readdirSync(dir);
for (const want of ["index.html", "sw.js"]) if (!files.includes(want)) fail(`${dir}/${want} is missing`);
// One WASM module per area (scripts/build-areas.mjs): dist/areas/<area>-<hash>/<area>_bg.wasm.
const wasm = fs.existsSync(path.join(dir, "areas"))
  ? fs.readdirSync(path.join(dir, "areas")).flatMap((d) => fs.readdirSync(path.join(dir, "areas", d)).filter((f) => f.endsWith(".wasm")).map((f) => path.join("areas", d, f)))
  : [];
if (wasm.length < 2 || !wasm.some((f) => f.includes("home"))) fail(`expected the area modules (home among them) in ${dir}/areas, found ${wasm.join(", ") || "none"}`);
for (const f of wasm) if (!WebAssembly.validate(fs.readFileSync(path.join(dir, f)))) fail(`${f} is not valid WebAssembly`);
const wasmBytes = wasm.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);

const server = await startServer({ root: dir, prefix: "/fallback/check/" });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
});
const problems = [];
try {
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e}`));
  page.on("request", (r) => { const u = r.url(); if (!/^(data|blob):/.test(u) && !u.startsWith(origin)) problems.push(`foreign request: ${u}`); });
  await page.goto(server.url + "#/");
  await page.getByTestId("home").waitFor({ timeout: 30_000 });
  await page.locator("#prerender").waitFor({ state: "detached", timeout: 30_000 });
  const topics = await page.getByTestId("topic-link").count();
  if (topics === 0) fail("the home page lists no topics");
  await page.getByTestId("topic-link").first().click();
  await page.waitForURL(/#\/quiz\//);
  await page.getByTestId("quiz-start").waitFor({ timeout: 15_000 });
  if (problems.length) fail(problems.join("\n"));
  console.log(`fallback-check: ${dir} works (${wasm.length} area modules, ${wasmBytes} bytes; app mounted, ${topics} topics, quiz setup renders)`);
} finally {
  await browser.close();
  await server.close();
}
