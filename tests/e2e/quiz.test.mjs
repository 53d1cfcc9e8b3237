// A timed quiz end to end: one right, one wrong, one left to expire; review; history after reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, guardedPage, screenshot, answerKey, answerKeys, QuizPage, FRAME, controlled } from "./support.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test("3 questions: right, wrong, expired → 1 / 3, reviewed, kept in history", async () => {
  const query = "topics=time-complexity&n=3&total=10&seed=4242";
  const key = answerKey(query);
  assert.equal(key.length, 3);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await guardedPage(context, env.url);
  const quiz = new QuizPage(page);
  await page.goto(`${env.url}#/quiz?${query}`);
  await quiz.start.click();
  await quiz.timer.waitFor();
  assert.match(await quiz.timer.textContent(), /^0:(10|0\d)$/);

  await quiz.answer(key[0], true);
  await page.getByText("✓ Correct").waitFor();
  await quiz.next.click();
  await quiz.answer(key[1], false);
  await page.getByText("✗ Not quite").waitFor();
  await screenshot(page, "quiz-feedback");
  await quiz.next.click();
  await quiz.submit.waitFor();
  // The third question is left alone until the 10 s countdown ends the quiz.
  await quiz.score.waitFor({ timeout: 15_000 });
  assert.equal(await quiz.score.textContent(), "1 / 3");
  assert.deepEqual(
    await quiz.reviewItems.evaluateAll((els) => els.map((e) => e.dataset.correct)),
    ["true", "false", "false"],
  );
  await page.getByText("Time ran out").waitFor();
  await screenshot(page, "quiz-results");

  await page.reload();
  await page.goto(`${env.url}#/history`);
  const items = page.getByTestId("history-item");
  await items.first().waitFor();
  assert.equal(await items.count(), 1);
  assert.match(await items.first().textContent(), /^1 \/ 3/);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test("keyboard only: digits choose, Enter submits and moves on, Esc asks to quit", async () => {
  const query = "topics=sql-vs-nosql&n=2&seed=77";
  const key = answerKey(query);
  const context = await env.browser.newContext();
  const { page, problems } = await guardedPage(context, env.url);
  const quiz = new QuizPage(page);
  await page.goto(`${env.url}#/quiz?${query}`);
  await quiz.start.click();
  await quiz.submit.waitFor();
  const k = key[0];
  if (k.kind === "numeric") await quiz.numeric.fill(String(k.answer));
  else if (k.kind === "true_false") await page.keyboard.press(k.answer ? "1" : "2");
  else for (const d of k.correct) await page.keyboard.press(String(d + 1));
  await page.keyboard.press("Enter");
  // How sure? comes first, the result only after (3: sure).
  await page.getByTestId("confidence-3").waitFor();
  assert.equal(await page.getByText("✓ Correct").count(), 0, "the result waits for the confidence");
  await page.keyboard.press("3");
  await page.getByText("✓ Correct").waitFor();
  await page.keyboard.press("Enter");
  await quiz.submit.waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("alertdialog").waitFor();
  await page.getByTestId("quiz-quit-confirm").click();
  await quiz.score.waitFor();
  assert.equal(await quiz.score.textContent(), "1 / 2");
  // Retry my mistakes: a quiz of exactly the missed question.
  await page.getByTestId("retry-mistakes").click();
  await quiz.submit.waitFor();
  assert.match(await page.locator(".progress").textContent(), /^1 \/ 1$/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

// --- A quiz link's copy of its first question (core/src/copy/quiz.rs, scripts/loader.js) ---

/** Quiz links whose first question is of each answer kind, one with both countdowns, and one
 *  drawing from two topics named out of the index's order. */
function copyLinks() {
  const topics = ["time-complexity", "sql-vs-nosql", "auth", "caching", "estimation", "web-security"];
  const candidates = topics.flatMap((t) => Array.from({ length: 12 }, (_, s) => `topics=${t}&n=5&seed=${s + 1}`));
  const keys = answerKeys(candidates);
  const byKind = {};
  candidates.forEach((q, i) => { byKind[keys[i][0].kind] ??= q; });
  assert.deepEqual(Object.keys(byKind).sort(), ["multiple", "numeric", "single", "true_false"], "every kind starts some link");
  return [...Object.values(byKind), "topics=web-security,auth&n=7&total=600&per=45&seed=11"];
}

test("a quiz link's first question is painted before the quiz module, as the app's first render of it", async () => {
  for (const query of copyLinks()) {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
      const hash = `#/quiz?${query}&start=1`;
      // Without the quiz module, the page shows only the copy.
      const bare = await env.browser.newContext({ viewport, serviceWorkers: "block" });
      const p1 = await bare.newPage();
      await p1.route("**/areas/quiz-*/**", () => {}); // held: no module, and no load error either
      await p1.goto(env.url + hash);
      await p1.locator("#prerender main h1").waitFor();
      const copy = await p1.evaluate(FRAME, "#prerender");
      await bare.close();
      // The app's first render of the same link.
      const live = await env.browser.newContext({ viewport, serviceWorkers: "block" });
      const { page: p2, problems } = await guardedPage(live, env.url);
      await p2.goto(env.url + hash);
      await p2.getByTestId("quiz-submit").waitFor();
      assert.equal(await p2.locator("#prerender").count(), 0, "the copy is gone");
      const app = await p2.evaluate(FRAME, ".app-root");
      assert.deepEqual(problems.console, []);
      await live.close();
      assert.ok(copy.length > 25, `${hash}: the copy has ${copy.length} elements`);
      assert.deepEqual(copy, app, `${hash} at ${viewport.width}px`);
    }
  }
});

/** Records the type of each message the page sends its service worker (`__swAsked`); one of
 *  the type `drop` never reaches it (`__swDropped`), as with a worker that is stuck or too old. */
const WATCH_SW_MESSAGES = (drop) => {
  const post = ServiceWorker.prototype.postMessage;
  ServiceWorker.prototype.postMessage = function (message, transfer) {
    const type = message && message.type;
    (window.__swAsked = window.__swAsked || []).push(type);
    if (drop && type === drop) { window.__swDropped = true; return; }
    return post.call(this, message, transfer);
  };
};

/** A context whose service worker controls its pages (a repeat visit), with its first page. */
async function repeatVisitor(viewport) {
  const context = await env.browser.newContext({ viewport });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await controlled(page);
  return { context, page, problems };
}

/** Keeps the HTML of a quiz link's copy as it was put in the page. */
const KEEP_COPY = () => {
  new MutationObserver((_, obs) => {
    const e = document.querySelector("#prerender[data-first-question]");
    if (e) { window.__copyHtml = e.outerHTML; obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
};

test("on a repeat visit, offline too, the service worker draws a quiz link's copy: the same copy, in the reader's theme, without the copy module in the page", async () => {
  const viewport = { width: 412, height: 823 };
  const { context, page, problems } = await repeatVisitor(viewport);
  // A remembered theme that differs from the system's: the copy must follow the remembered one.
  await page.getByTestId("theme-toggle").click();
  await page.waitForFunction(() => document.documentElement.getAttribute("data-theme") === "dark");
  await context.addInitScript(KEEP_COPY);
  await context.addInitScript(WATCH_SW_MESSAGES);
  await context.setOffline(true);
  const links = copyLinks();
  for (const query of [links[0], links[links.length - 1]]) {
    const hash = `#/quiz?${query}&start=1`;
    const p = await context.newPage();
    const requested = [];
    p.on("request", (r) => requested.push(r.url()));
    await p.goto(env.url + hash);
    await p.getByTestId("quiz-submit").waitFor();
    const drawn = await p.evaluate(() => window.__copyHtml);
    assert.ok(drawn, `${hash}: a copy was painted`);
    assert.deepEqual(requested.filter((u) => /quizcopy/.test(u)), [], `${hash}: the page did not draw it itself`);
    assert.deepEqual(await p.evaluate(() => window.__swAsked), ["QUIZ_COPY"], `${hash}: the service worker was asked, once`);
    await p.close();
    // The page's own drawing of the same link for a first visit in a dark system theme.
    const bare = await env.browser.newContext({ viewport, serviceWorkers: "block", colorScheme: "dark" });
    await bare.addInitScript(KEEP_COPY);
    const p1 = await bare.newPage();
    await p1.route("**/areas/quiz-*/**", () => {}); // held: no module, and no load error either
    await p1.goto(env.url + hash);
    await p1.locator("#prerender main h1").waitFor();
    const own = await p1.evaluate(() => window.__copyHtml);
    await bare.close();
    assert.match(own, /Switch to light theme/, "the reference copy is the dark one");
    assert.equal(drawn, own, `${hash}: the service worker's copy is the page's`);
  }
  await context.setOffline(false);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("a service worker that does not answer for a quiz link's copy: the page draws the copy itself, and the quiz goes on", async () => {
  const { context, problems } = await repeatVisitor({ width: 412, height: 823 });
  // The page's question never reaches the worker.
  await context.addInitScript(WATCH_SW_MESSAGES, "QUIZ_COPY");
  await context.addInitScript(KEEP_COPY);
  const hash = `#/quiz?${copyLinks()[0]}&start=1`;
  const p = await context.newPage();
  const requested = [];
  p.on("request", (r) => requested.push(r.url()));
  await p.goto(env.url + hash);
  await p.getByTestId("quiz-submit").waitFor();
  assert.equal(await p.evaluate(() => window.__swDropped), true, "the worker was to be asked");
  assert.ok(await p.evaluate(() => window.__copyHtml), "a copy was painted all the same");
  assert.ok(requested.some((u) => /quizcopy\.wasm/.test(u)), "the page drew it with its own copy module");
  const quiz = new QuizPage(p);
  await quiz.answer(answerKey(copyLinks()[0])[0], true);
  await quiz.next.waitFor();
  await p.close();
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("what the reader does on a quiz link's copy is carried into the quiz when its module arrives", async () => {
  const links = copyLinks();
  const keys = answerKeys(links);
  const at = links.findIndex((_, i) => keys[i][0].kind === "single");
  const [query, key] = [links[at], keys[at]];
  for (const how of ["pointer", "keys"]) {
    const context = await env.browser.newContext({ serviceWorkers: "block" });
    const { page, problems } = await guardedPage(context, env.url);
    // The quiz module's glue is held back until the reader has acted on the copy.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route("**/areas/quiz-*/quiz.js", async (r) => { await held; await r.continue(); });
    await page.goto(`${env.url}#/quiz?${query}&start=1`);
    const copy = page.locator("#prerender");
    await copy.locator(".option input").first().waitFor();
    assert.equal(await page.getByTestId("quiz-submit").count(), 0, "the app is not there yet");
    const right = key[0].correct[0];
    if (how === "pointer") {
      await copy.locator(".option input").nth(right).check();
      await copy.locator(".actions button").click();
    } else {
      await page.keyboard.press(String(right + 1));
      assert.ok(await copy.locator(".option input").nth(right).isChecked(), "a digit chooses on the copy too");
      await page.keyboard.press("Enter");
    }
    release();
    // The app takes the copy's place with the choice made and submitted: "How sure?" comes next.
    await page.getByTestId("confidence-3").waitFor();
    assert.equal(await copy.count(), 0);
    await page.getByTestId("confidence-3").click();
    await page.getByText("✓ Correct").waitFor();
    assert.equal(await page.locator(".option.chosen").count(), 1);
    assert.ok(await page.locator(".option").nth(right).evaluate((e) => e.classList.contains("chosen")), "the option chosen on the copy");
    assert.deepEqual(problems.console, []);
    await context.close();
  }
  // A module that cannot load: the copy says so at the top of its content, in sight.
  {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.route("**/areas/quiz-*/**", (r) => r.abort("internetdisconnected"));
    await page.goto(`${env.url}#/quiz?${query}&start=1`);
    const alert = page.locator("#prerender main > .load-error:first-child");
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not start.*Check your connection and reload/);
    assert.ok(await alert.evaluate((e) => e.getBoundingClientRect().bottom <= innerHeight), "on screen");
    await context.close();
  }
  // Nothing done on the copy: the app starts clean, its clock from the copy's paint.
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const { page, problems } = await guardedPage(context, env.url);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/areas/quiz-*/quiz.js", async (r) => { await held; await r.continue(); });
  await page.goto(`${env.url}#/quiz?${links[links.length - 1]}&start=1`);
  await page.locator("#prerender [role=timer]").first().waitFor();
  assert.equal(await page.locator("#prerender [role=timer]").first().textContent(), "10:00");
  await page.waitForTimeout(2200);
  release();
  await page.getByTestId("quiz-submit").waitFor();
  assert.equal(await page.locator(".option.chosen").count(), 0);
  assert.match(await page.getByTestId("quiz-timer").textContent(), /^9:5[0-8]$/, "the countdown ran while the copy was shown (at least 2.2 s)");
  assert.equal(await page.getByRole("alertdialog").count(), 0);
  assert.deepEqual(problems.console, []);
  await context.close();
});
