// Shared end-to-end plumbing: the built dist/ served under a sub-path, Debian's Chromium driven
// by playwright-core, a guard that records console errors and requests leaving the origin, and
// small page objects that name the controls the tests use.
import { chromium } from "playwright-core";
import * as chromeLauncher from "chrome-launcher";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SUB_PATH = "/some/sub/dir/";
export const SHOTS = path.join(ROOT, "test-results");

const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** Chromium for Lighthouse (which drives its own instance), with the same flags. */
export function launchForLighthouse() {
  return chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", ...FLAGS] });
}

/** Chromium's stand-in microphone and permission prompt (the behavioural round's recordings). */
export const FAKE_MIC = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"];

/** Starts the server and the browser (with `extra` flags); returns { url, browser, close }. */
export async function launch(extra = []) {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "index.html"))) throw new Error("dist/ is not built: run `make dist`");
  const server = await startServer({ root: dist, prefix: SUB_PATH });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: [...FLAGS, ...extra] });
  return { url: server.url, browser, close: async () => { await browser.close(); await server.close(); } };
}

/** A page that records console errors, page errors and any request to another origin. */
export async function guardedPage(context, baseUrl) {
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const problems = { console: [], foreign: [] };
  page.on("console", (m) => { if (m.type() === "error") problems.console.push(m.text()); });
  // The stack starts with the message, and says where the error came from.
  page.on("pageerror", (e) => problems.console.push(e.stack || String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) problems.foreign.push(u);
  });
  return { page, problems };
}

/** Waits until the service worker controls `page` (installed, its precache written, claimed). */
export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 20_000 });
}

/** Records every request of `page` and its workers, with its start by the page's own clock
 *  (`performance.now()`), over http(s): a module compiled in a worker is not in the page's
 *  resource timing.
 *  `timed()` resolves to `{ path, file, start }` for each so far. Set up before `goto`. */
export function recordRequests(page) {
  const seen = [];
  page.on("request", (r) => { if (/^https?:/.test(r.url())) seen.push({ path: decodeURIComponent(new URL(r.url()).pathname), at: Date.now() }); });
  return {
    seen,
    async timed() {
      const origin = await page.evaluate(() => performance.timeOrigin);
      return seen.map((x) => ({ path: x.path, file: x.path.split("/").pop(), start: x.at - origin }));
    },
  };
}

/** Writes `code` to a fresh folder under test-results/ and returns the file's path. */
export function writeTemp(name, code) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(SHOTS, "code-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, code);
  return file;
}

export async function screenshot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The answer key of the quiz a link builds, from the same core the app uses. */
export function answerKey(query) {
  const out = execFileSync("cargo", ["run", "-q", "-p", "backprep-core", "--example", "answer_key", "--", query], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(out);
}

/** For `page.evaluate(FRAME, root)`: every element of the page frame (header and main) under
 *  `root` as tag and type, classes, own text (a text box's value) and box, to compare a static
 *  copy with the app's first render. A countdown reads `m:ss`: the app's may have ticked a
 *  second since its copy was painted. */
export const FRAME = (root) => [...document.querySelectorAll(`${root} header *, ${root} main *`)].map((e) => {
  const r = e.getBoundingClientRect();
  let own = e.tagName === "TEXTAREA" ? e.value : [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
  if (e.getAttribute("role") === "timer") own = own.replace(/^\d+:\d\d$/, "m:ss");
  return `${e.tagName.toLowerCase()}${e.type ? `[${e.type}]` : ""}.${e.className} "${own}" @${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
});

/** The answer keys of several links at once (one catalog load): an array per query. */
export function answerKeys(queries) {
  const out = execFileSync("cargo", ["run", "-q", "-p", "backprep-core", "--example", "answer_key", "--", ...queries], { cwd: ROOT, encoding: "utf8" });
  const keys = JSON.parse(out);
  return queries.length === 1 ? [keys] : keys;
}

export class HomePage {
  constructor(page, url) { this.page = page; this.url = url; }
  async open() { await this.page.goto(this.url + "#/"); await this.root.waitFor(); return this; }
  get root() { return this.page.getByTestId("home"); }
  get topics() { return this.page.getByTestId("topic-link"); }
  get exercises() { return this.page.getByTestId("exercise-link"); }
  get themeToggle() { return this.page.getByTestId("theme-toggle"); }
}

export class QuizPage {
  constructor(page) { this.page = page; }
  get start() { return this.page.getByTestId("quiz-start"); }
  get options() { return this.page.getByTestId("quiz-option"); }
  get numeric() { return this.page.getByTestId("quiz-numeric"); }
  get submit() { return this.page.getByTestId("quiz-submit"); }
  get next() { return this.page.getByTestId("quiz-next"); }
  get timer() { return this.page.getByTestId("quiz-timer"); }
  get score() { return this.page.getByTestId("quiz-result-score"); }
  get reviewItems() { return this.page.getByTestId("answer-item"); }

  /** Answers the current question rightly or wrongly, using its answer-key entry, then says how
   * sure it was (`confidence` 1–3, "skip", or `false` to stay on that step). */
  async answer(key, right, confidence = 2) {
    await this.submit.waitFor();
    if (key.kind === "numeric") {
      const v = right ? key.answer : key.answer + key.tolerance * 2 + 1000;
      await this.numeric.fill(String(v));
    } else if (key.kind === "true_false") {
      const pick = right === key.answer ? 0 : 1; // True is shown first
      await this.options.nth(pick).click();
    } else {
      const chosen = right ? key.correct : [[...Array(key.options).keys()].find((d) => !key.correct.includes(d))];
      for (const d of chosen) await this.options.nth(d).click();
    }
    await this.submit.click();
    if (confidence === "skip") await this.page.getByTestId("confidence-skip").click();
    else if (confidence) await this.page.getByTestId(`confidence-${confidence}`).click();
  }
}

/** Wakes the code editor as a keyboard user does (focus in the plain code box; the page loads
 * CodeMirror only when the box is reached for) and returns it once it is there. */
export async function wakeEditor(page) {
  const box = page.getByTestId("code-textarea");
  const editor = page.getByTestId("code-editor");
  await box.or(editor).first().waitFor();
  // The box may be gone by now: a pointer left over it (after a click that navigated) wakes it too.
  if (!(await editor.count())) await box.focus({ timeout: 5000 }).catch(() => {});
  await editor.waitFor();
  return editor;
}

export class ExercisePage {
  constructor(page, url) { this.page = page; this.url = url; }
  async open(slug) {
    await this.page.goto(`${this.url}#/exercise/${slug}`);
    await this.page.getByTestId("exercise").waitFor();
    await wakeEditor(this.page);
    return this;
  }
  /** Submit: every test (`run-tests` and `submit-all` both name it). */
  get run() { return this.page.getByTestId("run-tests"); }
  get submitAll() { return this.page.getByTestId("submit-all"); }
  /** Run: the visible examples. */
  get runVisible() { return this.page.getByTestId("run-visible"); }
  get summary() { return this.page.getByTestId("run-summary"); }
  get results() { return this.page.getByTestId("test-result"); }
  async load(file) {
    await this.page.getByTestId("code-file-input").setInputFiles(file);
    await this.page.getByText(`Loaded \`${path.basename(file)}\`.`).waitFor();
  }
  /** Waits until a run other than `run` (the `data-run` before it) has reported and nothing
   * (shrinking included) is in progress. */
  async settle(run = null) {
    await this.page.waitForFunction((before) => {
      const b = document.querySelector("[data-testid=run-tests]");
      const area = document.querySelector("[data-run]");
      return b && !b.disabled && area && area.getAttribute("data-run") !== before && document.querySelector("[data-testid=run-summary]");
    }, run);
  }
  /** Submits (everything, or `button`) and waits for the results, shrinking included. */
  async runAndWait(button = this.run) {
    const before = await this.summary.count() ? await this.summary.textContent() : null;
    const run = await this.page.evaluate(() => document.querySelector("[data-run]")?.getAttribute("data-run") ?? null);
    await button.click();
    await this.settle(run);
    return before;
  }
}

/** A SQL exercise page (`#/sql/<slug>`). */
export class SqlPage {
  constructor(page, url) { this.page = page; this.url = url; }
  async open(slug, query = "") {
    await this.page.goto(`${this.url}#/sql/${slug}${query}`);
    await this.page.getByTestId("sql-exercise").waitFor();
    await wakeEditor(this.page);
    return this;
  }
  get submit() { return this.page.getByTestId("run-tests"); }
  get run() { return this.page.getByTestId("run-query"); }
  get summary() { return this.page.getByTestId("run-summary"); }
  get results() { return this.page.getByTestId("test-result"); }
  async load(file) {
    await this.page.getByTestId("code-file-input").setInputFiles(file);
    await this.page.getByText(`Loaded \`${path.basename(file)}\`.`).waitFor();
  }
  /** Clicks `button` and waits until both buttons are enabled again. */
  async click(button) {
    await button.click();
    await this.page.waitForFunction(() => {
      const b = document.querySelector("[data-testid=run-tests]");
      return b && !b.disabled && !document.querySelector("[data-testid=run-query]").disabled;
    });
  }
}

export class DesignPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.prompt = page.getByTestId("design-prompt");
    this.commit = page.getByTestId("design-commit");
    this.reference = page.getByTestId("design-reference");
    this.score = page.getByTestId("design-score");
  }
  async open(slug) {
    await this.page.goto(`${this.baseUrl}#/design/${slug}`);
    await this.prompt.waitFor();
    return this;
  }
  phase(id) { return this.page.locator(`[data-testid=design-phase][data-phase="${id}"]`); }
  estimateBox(id) { return this.page.locator(`[data-testid=design-estimate][data-id="${id}"]`); }
  async note(id, text) { await this.phase(id).fill(text); }
  async estimate(id, text) { await this.estimateBox(id).fill(text); }
}

/** The plan of the mock a link builds, from the same core and content the app uses. */
export function mockPlan(query) {
  const out = execFileSync("cargo", ["run", "-q", "-p", "backprep-core", "--example", "mock_plan", "--", query], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(out);
}
