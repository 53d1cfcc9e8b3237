// The behavioural round and the mock interview end to end, in Chromium with a fake microphone:
// an answer recorded, played back and deleted; typed answers checked by the STAR rules; a story
// kept in the bank; a phone-screen mock taken to its debrief from a sub-path, its misses then due
// in the review queue; and everything still there after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, guardedPage, screenshot, answerKey, mockPlan, QuizPage, FAKE_MIC, SHOTS, wakeEditor } from "./support.mjs";

let env;
before(async () => { env = await launch(FAKE_MIC); });
after(async () => { await env?.close(); });

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 3, 6, 9);

const STRONG = `Last year I was the on-call engineer for our payments API when p99 latency jumped from 200 ms to 3 seconds during a big sale, and checkout started timing out for about a third of our customers.
My task was to restore checkout quickly and then find the root cause, so that it could not happen again.
First I pulled the slow query log and found a missing index on the orders table, dropped by a migration that morning. I added the index concurrently, so the table never locked, and I rolled out a statement timeout so that one slow query could not hold every connection in the pool. Then I wrote the incident timeline for the postmortem.
As a result, p99 went back to 180 ms within 20 minutes, and we lost no orders. Afterwards I added a migration check to CI that compares indexes before and after, and we have had no index regressions since.`;

const VAGUE = "We had some problems with the database once and we fixed them as a team. It went fine in the end.";

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("backprep")));
const item = (page, key) => page.locator(`[data-testid=star-item][data-key=${key}]`);

test("an answer recorded, played back and deleted; typed answers checked; a story kept; all after a reload", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/behavioural");
  await page.getByTestId("prompt-link").first().click();
  await page.getByTestId("behavioural-prompt").waitFor();
  const hash = new URL(page.url()).hash;

  // Speak: record about two seconds from the fake microphone; the clock follows the recording.
  await page.getByTestId("record-start").click();
  await page.getByTestId("record-stop").waitFor();
  await page.waitForTimeout(2200);
  await page.getByTestId("record-stop").click();
  const audio = page.getByTestId("recording");
  await audio.waitFor();
  assert.match(await page.getByTestId("star-timer").textContent(), /^0:0[1-4]$/);
  // It plays back from this browser's storage (a blob: URL, nothing uploaded).
  assert.match(await audio.getAttribute("src"), /^blob:/);
  const played = await audio.evaluate(async (a) => { a.muted = true; await a.play(); await new Promise((r) => setTimeout(r, 400)); return a.currentTime; });
  assert.ok(played > 0, `playback advanced to ${played}`);
  const keys = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open("backprep-audio");
    open.onsuccess = () => { const r = open.result.transaction("recordings").objectStore("recordings").getAllKeys(); r.onsuccess = () => resolve(r.result); r.onerror = reject; };
    open.onerror = reject;
  }));
  assert.equal(keys.length, 1);
  await page.reload();
  await page.getByTestId("recording").waitFor();

  // The progress export leaves audio out; recordings are exported only when asked, and come back
  // from that file after they were deleted.
  await page.goto(env.url + "#/data");
  const [progress] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-progress").click()]);
  assert.doesNotMatch(fs.readFileSync(await progress.path(), "utf8"), /audio\/webm|"recordings"/);
  const [audioFile] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-recordings").click()]);
  const file = path.join(SHOTS, "recordings-export.json");
  await audioFile.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(exported.format, "backprep-recordings");
  assert.deepEqual(exported.recordings.map((r) => r.key), keys);
  await page.goto(env.url + hash);
  await page.getByTestId("recording-delete").click();
  await page.getByTestId("recording-delete-confirm").click();
  await page.getByTestId("recording").waitFor({ state: "detached" });
  await page.goto(env.url + "#/data");
  await page.getByTestId("import-progress").setInputFiles(file);
  await page.getByText("1 recording(s) imported into this browser.").waitFor();
  await page.goto(env.url + hash);
  await page.getByTestId("recording").waitFor();
  await page.getByTestId("recording-delete").click();
  await page.getByTestId("recording-delete-confirm").click();
  await page.getByTestId("recording").waitFor({ state: "detached" });

  // Type: a vague answer misses the result and the number; a strong one meets every point.
  await page.getByTestId("star-answer").fill(VAGUE);
  await page.getByTestId("star-check").click();
  // "It went fine in the end" is a result, but without a number; nothing says what *I* did.
  for (const [key, met] of [["situation", "true"], ["task", "false"], ["action", "false"], ["result", "true"], ["metric", "false"], ["ownership", "false"], ["length", "false"]]) {
    assert.equal(await item(page, key).getAttribute("data-met"), met, key);
  }
  assert.match(await item(page, "ownership").textContent(), /“We had some problems with the database once/);
  assert.match(await item(page, "length").textContent(), /21 words/);
  await page.getByTestId("star-answer").fill(STRONG);
  await page.getByTestId("star-check").click();
  for (const key of ["situation", "task", "action", "result", "metric", "ownership", "length"]) {
    assert.equal(await item(page, key).getAttribute("data-met"), "true", key);
  }
  assert.match(await item(page, "metric").textContent(), /“As a result, p99 went back to 180 ms within 20 minutes/);
  for (const dim of [0, 1, 2, 3]) await page.getByTestId(`self-${dim}-4`).click();
  await page.getByTestId("self-save").click();
  await page.getByText("Saved with this answer.").waitFor();
  await screenshot(page, "behavioural-checked");

  // The vague answer is a lapse: its prompt is in the review queue.
  const id = decodeURIComponent(hash.split("/").pop());
  // Saved to this browser's storage (the write follows the change within a moment).
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem("backprep")).rounds[k]?.results?.[1]?.scores?.length === 4, `answer:${id}`);
  const d = await stored(page);
  assert.ok(d.cards[`behavioural:${id}`], "the weak answer is scheduled");
  assert.deepEqual(d.rounds[`answer:${id}`].results.map((r) => r.scores.length), [0, 4]);

  // A story in the bank covers its competencies.
  await page.goto(env.url + "#/stories");
  await page.getByTestId("story-new").click();
  await page.getByTestId("story-title").fill("Payments latency during the sale");
  await page.getByTestId("story-situation").fill(STRONG.split("\n")[0]);
  await page.getByTestId("story-task").fill(STRONG.split("\n")[1]);
  await page.getByTestId("story-action").fill(STRONG.split("\n")[2]);
  await page.getByTestId("story-result").fill(STRONG.split("\n")[3]);
  await page.getByTestId("story-metric").fill("p99 from 3 s to 180 ms");
  await page.getByTestId("story-competency-incident").click();
  await page.getByTestId("story-competency-performance").click();
  await page.getByTestId("story-save").click();

  // Everything is still there after a reload.
  await page.reload();
  await page.getByTestId("story-item").waitFor();
  assert.equal(await page.locator("[data-testid=coverage-item][data-competency=incident]").getAttribute("data-covered"), "true");
  assert.equal(await page.locator("[data-testid=coverage-item][data-competency=conflict]").getAttribute("data-covered"), "false");
  await page.goto(env.url + hash);
  await page.getByTestId("past-answer").first().waitFor();
  assert.equal(await page.getByTestId("past-answer").count(), 2);
  assert.equal(await page.getByTestId("star-answer").inputValue(), STRONG, "the answer text is kept");
  await screenshot(page, "behavioural-prompt");
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("a phone-screen mock from a sub-path: parts in order with no way back, a debrief, misses due in the review queue", async () => {
  const query = "preset=phone-screen&seed=7";
  const plan = mockPlan(query);
  assert.deepEqual(plan.parts.map((p) => p.kind), ["quiz", "code", "behavioural"]);
  const [quizPart, codePart, talkPart] = plan.parts;
  const key = answerKey(`ids=${quizPart.items.join(",")}&seed=7`);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "UTC" });
  await context.clock.setFixedTime(T0);
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/mock?" + query);
  await page.getByTestId("mock-start").click();

  // Part 1: six concept questions, no topic label and no feedback; the first two wrong.
  const part = page.getByTestId("mock-part");
  assert.equal(await part.getAttribute("data-kind"), "quiz");
  await page.getByTestId("mock-timer").waitFor();
  const quiz = new QuizPage(page);
  for (let i = 0; i < key.length; i++) {
    await quiz.answer(key[i], i >= 2, "skip");
    if (i + 1 < key.length) await page.locator(".progress", { hasText: `${i + 2} / ${key.length}` }).waitFor();
  }
  assert.equal(await page.getByText("✗ Not quite").count(), 0, "no feedback in a mock");

  // Part 2: the coding exercise in the real editor; the starter code is submitted and fails.
  await page.locator("[data-testid=mock-part][data-kind=code]").waitFor();
  await wakeEditor(page);
  assert.equal(await page.locator("section.help").count(), 0, "no hints or solution in a mock");
  await page.getByTestId("run-tests").click();
  await page.getByTestId("mock-submitted").waitFor();
  await page.getByTestId("mock-next").click();

  // Part 3: two behavioural prompts: one strong, one vague.
  await page.locator("[data-testid=mock-part][data-kind=behavioural]").waitFor();
  const answers = page.getByTestId("mock-behavioural-answer");
  await answers.nth(0).fill(STRONG);
  await answers.nth(1).fill(VAGUE);
  await page.getByTestId("mock-next").click();

  // The debrief: a row per part, and every miss listed and linked.
  await page.getByTestId("mock-debrief").waitFor();
  const rows = page.getByTestId("mock-debrief-part");
  assert.deepEqual(await rows.evaluateAll((r) => r.map((x) => x.dataset.kind)), ["quiz", "code", "behavioural"]);
  assert.equal(await rows.nth(0).getAttribute("data-percent"), String(Math.round(4 / 6 * 100)));
  const misses = await page.getByTestId("mock-miss").evaluateAll((m) => m.map((x) => x.dataset.key));
  const expected = [`quiz:${key[0].id}`, `quiz:${key[1].id}`, `exercise:${codePart.items[0]}`, `behavioural:${talkPart.items[1]}`];
  assert.deepEqual(misses, expected);
  assert.ok(await page.getByTestId("ask-questions").locator("li").count() >= 10);
  await screenshot(page, "mock-debrief");

  // Saved once in the mock history; tomorrow every miss is due in the review queue.
  const d = await stored(page);
  const mocks = Object.keys(d.rounds).filter((k) => k.startsWith("mock:"));
  assert.equal(mocks.length, 1);
  await context.clock.setFixedTime(T0 + DAY);
  await page.goto(env.url + "#/review");
  await page.getByTestId("review-queue").waitFor();
  const due = await page.getByTestId("review-item").evaluateAll((r) => r.map((x) => x.dataset.key));
  for (const k of expected) assert.ok(due.includes(k), `${k} is due: ${due}`);
  await page.goto(env.url + "#/mock");
  await page.getByTestId("mock-history-item").waitFor();
  assert.equal(await page.getByTestId("mock-history-item").count(), 1);
  await page.getByTestId("mock-chart").waitFor();
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("a part whose clock runs out ends with what it has, and the next part starts its own clock", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "UTC" });
  await context.clock.install({ time: T0 });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/mock?preset=custom&parts=behavioural.1.1,estimation.1.1&seed=3");
  await page.getByTestId("mock-start").click();
  await page.getByTestId("mock-behavioural-answer").fill(VAGUE);
  await page.clock.fastForward(61_000);
  await page.locator("[data-testid=mock-part][data-kind=estimation]").waitFor();
  assert.equal(await page.getByTestId("mock-timer").textContent(), "1:00", "the estimation part's own minute");
  await page.clock.fastForward(61_000);
  await page.getByTestId("mock-debrief").waitFor();
  const rows = await page.getByTestId("mock-debrief-part").allTextContents();
  assert.equal(rows.length, 2);
  for (const r of rows) assert.match(r, /time ran out/);
  // The vague answer typed before the clock ran out is what the part was scored on.
  assert.ok(Number(await page.getByTestId("mock-debrief-part").first().getAttribute("data-percent")) > 0);
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("ending a mock early keeps the part in progress: its answers are scored and its misses go to review", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/mock?preset=custom&parts=behavioural.1.5,estimation.1.5&seed=3");
  await page.getByTestId("mock-start").click();
  await page.getByTestId("mock-behavioural-answer").fill(VAGUE);
  await page.getByRole("button", { name: "End now" }).click();
  await page.getByTestId("mock-quit-confirm").click();
  await page.getByTestId("mock-debrief").waitFor();
  const parts = page.getByTestId("mock-debrief-part");
  assert.ok(Number(await parts.nth(0).getAttribute("data-percent")) > 0, "the typed answer counts");
  assert.equal(await parts.nth(1).getAttribute("data-percent"), "0", "the part never reached");
  const misses = await page.getByTestId("mock-miss").evaluateAll((els) => els.map((e) => e.dataset.key));
  assert.equal(misses.length, 1);
  assert.match(misses[0], /^behavioural:/);
  assert.ok(Object.keys((await stored(page)).cards).includes(misses[0]), "the weak answer is in the review queue");
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});
