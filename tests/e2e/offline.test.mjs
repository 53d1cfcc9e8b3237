// Offline-first and durable data, end to end on the release build under a sub-path: the service
// worker, offline reloads of the home page and deep links, a quiz and an exercise without
// network, corrupt storage, export → clear → import, two tabs, and the update prompt.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch, guardedPage, screenshot, answerKey, QuizPage, ExercisePage, ROOT, SUB_PATH, controlled } from "./support.mjs";
import { startServer } from "./serve.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function takeQuiz(page, url, query, rightFirst = true) {
  const key = answerKey(query);
  const quiz = new QuizPage(page);
  await page.goto(`${url}#/quiz?${query}`);
  await quiz.start.click();
  for (let i = 0; i < key.length; i++) {
    await quiz.answer(key[i], rightFirst ? i === 0 : false);
    await quiz.next.click();
  }
  await quiz.score.waitFor();
  return quiz.score.textContent();
}

test("works offline after the first visit: home, deep links, a quiz and an exercise", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await controlled(page);
  await context.setOffline(true);

  await page.reload();
  await page.getByTestId("home").waitFor();
  const ex = await new ExercisePage(page, env.url).open("hash-map");
  await ex.load(path.join(ROOT, "exercises/hash-map/solution.js"));
  await ex.runAndWait();
  assert.match(await ex.summary.textContent(), /^\d+ passed, 0 failed$/);

  assert.equal(await takeQuiz(page, env.url, "topics=auth&n=2&seed=11"), "1 / 2");
  await page.reload();
  await page.getByTestId("quiz-result-score").waitFor();
  await screenshot(page, "offline-results");
  await context.setOffline(false);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test("corrupt storage: the app starts, says so, and keeps a backup", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await page.evaluate(() => localStorage.setItem("backprep", '{"version":2,"attempts":[{"id":'));
  await page.reload();
  await page.getByTestId("storage-notice").waitFor();
  assert.match(await page.getByTestId("storage-notice").textContent(), /could not be read/);
  await page.getByTestId("home").waitFor();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("backprep.backup.")).map((k) => localStorage.getItem(k)));
  assert.deepEqual(backups, ['{"version":2,"attempts":[{"id":']);
  // Reloading with the same unreadable document keeps one copy, not one per reload.
  await page.reload();
  await page.getByTestId("storage-notice").waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("backprep.backup.")).length), 1);
  await page.goto(env.url + "#/data");
  await page.getByTestId("backup-list").waitFor();
  // Still fully usable.
  await page.getByTestId("theme-toggle").click();
  assert.ok(JSON.parse(await page.evaluate(() => localStorage.getItem("backprep"))).settings.theme);
  assert.deepEqual(problems.console.filter((m) => !/Failed to load resource/.test(m)), []);
  await context.close();
});

test("export, clear storage, import: history is back; hostile files change nothing", async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page } = await guardedPage(context, env.url);
  assert.equal(await takeQuiz(page, env.url, "topics=caching&n=2&seed=5"), "1 / 2");
  await page.goto(env.url + "#/data");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-progress").click()]);
  const file = path.join(os.tmpdir(), `backprep-export-${Date.now()}.json`);
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(exported.format, "backprep-export");
  assert.equal(exported.data.attempts.length, 1);
  // The review log travels with the export (for refitting the scheduler later).
  // One right, one wrong, both "unsure": Good (3) and Again (1).
  assert.deepEqual(exported.data.log.map((r) => [r.k.split(":")[0], r.r, r.c]).sort(), [["quiz", 1, 2], ["quiz", 3, 2]]);

  await page.evaluate(() => localStorage.clear());
  await page.goto(env.url + "#/history");
  await page.reload();
  await page.getByText("No quizzes yet.").waitFor();

  // Hostile files first: each is refused with a message, nothing changes.
  const hostile = {
    "not-json.json": "{oops",
    "wrong-type.json": JSON.stringify({ hello: "world" }),
    "future.json": JSON.stringify({ ...exported, data: { ...exported.data, version: 99 } }),
    "out-of-range.json": JSON.stringify({ ...exported, data: { ...exported.data, cards: { x: { leitner_box: 42, due_day: 1, last_day: 1, reviews: 1, lapses: 0 } } } }),
    "script.json": JSON.stringify({ ...exported, data: { ...exported.data, attempts: [{ id: "<img src=x onerror=alert(1)>" }] } }),
    "huge.json": " ".repeat(5 * 1024 * 1024 + 10),
  };
  await page.goto(env.url + "#/data");
  for (const [name, text] of Object.entries(hostile)) {
    const p = path.join(os.tmpdir(), name);
    fs.writeFileSync(p, text);
    await page.getByTestId("import-progress").setInputFiles(p);
    const msg = page.getByTestId("import-message");
    await msg.waitFor();
    assert.match(await msg.textContent(), /Nothing was changed\.$/, name);
    assert.equal(await page.locator("img").count(), 0, "imported text is never HTML");
  }
  assert.equal(await page.evaluate(() => localStorage.getItem("backprep")), null);

  await page.getByTestId("import-progress").setInputFiles(file);
  await page.getByTestId("import-replace").click();
  await page.goto(env.url + "#/history");
  await page.getByTestId("history-item").first().waitFor();
  assert.equal(await page.getByTestId("history-item").count(), 1);
  assert.deepEqual((await page.evaluate(() => JSON.parse(localStorage.getItem("backprep")))).log, exported.data.log, "the log is back");
  await context.close();
});

test("import into non-empty storage: Merge keeps the union, Replace keeps exactly the file", async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await guardedPage(context, env.url);
  // The file: one attempt, exported from a first session.
  assert.equal(await takeQuiz(page, env.url, "topics=caching&n=2&seed=21"), "1 / 2");
  await page.goto(env.url + "#/data");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-progress").click()]);
  const file = path.join(os.tmpdir(), `backprep-one-${Date.now()}.json`);
  await download.saveAs(file);
  const imported = JSON.parse(fs.readFileSync(file, "utf8")).data.attempts.map((a) => a.id);
  assert.equal(imported.length, 1);

  // Storage that is not empty: two other attempts.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await takeQuiz(page, env.url, "topics=auth&n=2&seed=22");
  await takeQuiz(page, env.url, "topics=estimation&n=2&seed=23");
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem("backprep")).attempts.map((a) => a.id).sort());
  const before = await stored();
  assert.equal(before.length, 2);

  // A crafted file whose saved option indices are out of range is refused, not opened.
  const crafted = JSON.parse(fs.readFileSync(file, "utf8"));
  crafted.data.attempts[0].items[0].order = [0, 1, 2];
  crafted.data.attempts[0].items[0].response = { type: "choices", value: [9] };
  const craftedFile = path.join(os.tmpdir(), `backprep-crafted-${Date.now()}.json`);
  fs.writeFileSync(craftedFile, JSON.stringify(crafted));
  await page.goto(env.url + "#/data");
  await page.getByTestId("import-progress").setInputFiles(craftedFile);
  await page.getByTestId("import-message").waitFor();
  assert.match(await page.getByTestId("import-message").textContent(), /Nothing was changed\.$/);
  assert.deepEqual(await stored(), before);

  await page.getByTestId("import-progress").setInputFiles(file);
  await page.getByTestId("import-merge").click();
  await page.getByText("The imported progress was merged").waitFor();
  await page.reload();
  assert.deepEqual(await stored(), [...before, ...imported].sort(), "merge keeps both sides");
  await page.goto(env.url + "#/history");
  await page.getByTestId("history-item").nth(2).waitFor();
  assert.equal(await page.getByTestId("history-item").count(), 3);

  await page.goto(env.url + "#/data");
  await page.getByTestId("import-progress").setInputFiles(file);
  await page.getByTestId("import-replace").click();
  await page.getByText("Your progress was replaced").waitFor();
  await page.reload();
  assert.deepEqual(await stored(), imported, "replace keeps exactly the file");
  await page.goto(env.url + "#/history");
  await page.getByTestId("history-item").first().waitFor();
  assert.equal(await page.getByTestId("history-item").count(), 1);
  // The imported attempt opens (its review renders).
  await page.getByTestId("history-item").first().locator("a").click();
  await page.getByTestId("answer-item").first().waitFor();
  assert.deepEqual(problems.console.filter((m) => !/Failed to load resource/.test(m)), []);
  await context.close();
});

test("two tabs stay consistent and never overwrite each other's newer data", async () => {
  const context = await env.browser.newContext();
  const a = (await guardedPage(context, env.url)).page;
  const b = (await guardedPage(context, env.url)).page;
  await b.goto(env.url + "#/history");
  await b.getByText("No quizzes yet.").waitFor();
  assert.equal(await takeQuiz(a, env.url, "topics=estimation&n=2&seed=9"), "1 / 2");
  // Tab B hears about it without a reload...
  await b.getByTestId("history-item").first().waitFor();
  // ...and its own later change keeps tab A's attempt.
  await b.getByTestId("theme-toggle").click();
  const stored = JSON.parse(await a.evaluate(() => localStorage.getItem("backprep")));
  assert.equal(stored.attempts.length, 1);
  assert.ok(stored.settings.theme);
  await context.close();
});

test("a new release offers 'Update available — reload' and switches only when accepted", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backprep-release-"));
  fs.cpSync(path.join(ROOT, "dist"), dir, { recursive: true });
  const server = await startServer({ root: dir, prefix: SUB_PATH });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + "#/");
  await page.getByTestId("home").waitFor();
  await controlled(page);
  assert.equal(await page.getByTestId("update-available").count(), 0);
  // Publish a "new release": a changed service worker.
  fs.appendFileSync(path.join(dir, "sw.js"), "\n// release 2\n");
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.getByTestId("update-available").waitFor({ timeout: 20_000 });
  const [nav] = await Promise.all([page.waitForEvent("framenavigated"), page.getByTestId("update-available").click()]);
  assert.ok(nav);
  await page.getByTestId("home").waitFor();
  await context.close();
  await server.close();
});

test("storage full: the failed save is reported, nothing is lost in the tab, export is offered", async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === "backprep" && window.__quotaFull) throw new DOMException("full", "QuotaExceededError");
      return real.call(this, k, v);
    };
  });
  const { page } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await page.evaluate(() => { window.__quotaFull = true; });
  assert.equal(await takeQuiz(page, env.url, "topics=auth&n=2&seed=4"), "1 / 2");
  const banner = page.getByTestId("save-error");
  await banner.waitFor();
  assert.match(await banner.textContent(), /QuotaExceededError/);
  // The attempt lives on in this tab and goes into the export.
  await page.goto(env.url + "#/data");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-progress").click()]);
  const file = path.join(os.tmpdir(), `backprep-quota-${Date.now()}.json`);
  await download.saveAs(file);
  assert.equal(JSON.parse(fs.readFileSync(file, "utf8")).data.attempts.length, 1);
  await context.close();
});
