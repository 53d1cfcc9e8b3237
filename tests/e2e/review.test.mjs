// The review queue end to end, with a faked clock (Date only; timers run): confidence before the
// result, items due on the day FSRS says, recall chance, calibration in history, an exercise
// re-solved from the queue from a blank editor, a schema-2 document migrated, and the plan.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, guardedPage, screenshot, answerKey, QuizPage, ExercisePage, ROOT, wakeEditor } from "./support.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const DAY = 86_400_000;
/** 2026-03-02 10:00 UTC: the tests run in UTC, so local days are UTC days. */
const T0 = Date.UTC(2026, 2, 2, 10);
const DAY0 = Math.floor(T0 / DAY);

/** FSRS-6's forgetting curve with its default decay, written from the published formula. */
function recall(days, stability) {
  const decay = -0.1542;
  const factor = 0.9 ** (1 / decay) - 1;
  return (1 + factor * days / stability) ** decay;
}

async function open(time, hash) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "UTC" });
  await context.clock.setFixedTime(time);
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + hash);
  return { context, page, problems };
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("backprep")));

test("confidence before the result; a sure miss comes back tomorrow, a sure hit in 8 days; calibration in history", async () => {
  const query = "topics=caching&n=2&seed=808";
  const key = answerKey(query);
  const { context, page, problems } = await open(T0, `#/quiz?${query}`);
  const quiz = new QuizPage(page);
  await quiz.start.click();
  await quiz.answer(key[0], true, 3);
  await page.getByText("✓ Correct").waitFor();
  await quiz.next.click();
  await quiz.answer(key[1], false, 3);
  await page.getByText("✗ Not quite").waitFor();
  await quiz.next.click();
  await quiz.score.waitFor();

  // Right and sure → Easy: stability w3 = 8.2956 days, back in 8. Wrong → Again: w0 = 0.212, tomorrow.
  const d = await stored(page);
  const [hit, miss] = [d.cards[`quiz:${key[0].id}`], d.cards[`quiz:${key[1].id}`]];
  assert.equal(d.version, 4);
  assert.deepEqual([hit.s, hit.due, miss.s, miss.due], [8_295_600, DAY0 + 8, 212_000, DAY0 + 1]);
  assert.deepEqual(d.log.map((r) => [r.k, r.r, r.c]).sort(), [[`quiz:${key[0].id}`, 4, 3], [`quiz:${key[1].id}`, 1, 3]].sort());

  // Today nothing is due (new material only); tomorrow the miss is, with its recall chance.
  await page.goto(env.url + "#/review");
  await page.getByTestId("review-queue").waitFor();
  assert.equal(await page.getByTestId("review-due-count").textContent(), "Nothing is due today.");
  assert.equal(await page.locator(`[data-key="quiz:${key[1].id}"]`).count(), 0);
  await context.clock.setFixedTime(T0 + DAY);
  await page.reload();
  const item = page.locator(`[data-testid=review-item][data-key="quiz:${key[1].id}"]`);
  await item.waitFor();
  assert.equal(await item.getAttribute("data-kind"), "quiz");
  assert.equal(await item.getByTestId("recall-chance").textContent(), `Chance you remember it now: ${Math.round(recall(1, 0.212) * 100)} %`);
  assert.match(await page.getByTestId("review-due-count").textContent(), /^1 item is due today: 1 question\.$/);
  assert.equal(await page.locator(`[data-key="quiz:${key[0].id}"]`).count(), 0, "the sure hit is not due yet");
  await screenshot(page, "review-queue");
  // Eight days on, both are due.
  await context.clock.setFixedTime(T0 + 8 * DAY);
  await page.reload();
  await page.locator(`[data-testid=review-item][data-key="quiz:${key[0].id}"]`).waitFor();
  assert.match(await page.getByTestId("review-due-count").textContent(), /^2 items are due today: 2 questions\.$/);

  // History: claimed vs right per level, the Brier score, the sure miss listed first.
  await page.goto(env.url + "#/history");
  await page.getByTestId("calibration-chart").waitFor();
  const brier = ((0.95 - 1) ** 2 + 0.95 ** 2) / 2;
  assert.match(await page.getByTestId("brier-score").textContent(), new RegExp(`^Brier score ${brier.toFixed(3)} over 2 answers`));
  assert.equal(await page.getByTestId("confidently-wrong").locator("li").count(), 1);
  assert.match(await page.getByTestId("confidently-wrong").textContent(), new RegExp(key[1].id));
  await screenshot(page, "calibration");
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("an exercise solved once comes back in the queue and is re-solved from a blank editor", async () => {
  const solution = path.join(ROOT, "exercises/binary-search/solution.js");
  const { context, page, problems } = await open(T0, "#/exercise/binary-search");
  const ex = new ExercisePage(page, env.url);
  await wakeEditor(page);
  await ex.load(solution);
  await ex.runAndWait();
  assert.match(await ex.summary.textContent(), /passed/);
  // Passed at the first submit, quickly (the clock stands still): Easy, back in 8 days.
  let card = (await stored(page)).cards["exercise:binary-search"];
  assert.deepEqual([card.reps, card.due], [1, DAY0 + 8]);
  // A minute later every timer the run set has come due: its time limit was cleared with the run,
  // so nothing fires into a callback that is gone (the page would report an error).
  await context.clock.runFor(60_000);

  await context.clock.setFixedTime(T0 + 8 * DAY);
  await page.goto(env.url + "#/review");
  const item = page.locator("[data-testid=review-item][data-kind=exercise]");
  await item.waitFor();
  await item.getByRole("link", { name: "Solve again from a blank editor" }).click();
  await page.getByTestId("again-banner").waitFor();
  assert.match(page.url(), /#\/exercise\/binary-search\/again$/);
  const starter = fs.readFileSync(path.join(ROOT, "exercises/binary-search/starter.js"), "utf8");
  const flat = (s) => s.replace(/\s+/g, " ").trim();
  await wakeEditor(page);
  assert.equal(flat(await page.getByTestId("code-editor").innerText()), flat(starter), "a blank editor, not the solution");
  assert.equal(await page.getByTestId("previous-solution-toggle").count(), 0, "the old solution stays hidden");
  await ex.load(solution);
  await ex.runAndWait();
  await page.getByTestId("previous-solution-toggle").click();
  assert.equal((await page.getByTestId("previous-solution").textContent()).trim(), fs.readFileSync(solution, "utf8").trim());
  card = (await stored(page)).cards["exercise:binary-search"];
  assert.deepEqual([card.reps, card.last], [2, DAY0 + 8]);
  assert.ok(card.due > DAY0 + 16, "a second easy success pushes it further out");
  await screenshot(page, "exercise-again");
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("a schema-2 document's Leitner boxes become FSRS cards due on the same day; the plan is kept", async () => {
  const key = answerKey("topics=caching&n=1&seed=3");
  const v2 = {
    version: 2, settings: { theme: "dark" }, attempts: [], drafts: {}, saved_at: T0 - DAY, replaced_at: 0,
    cards: { [key[0].id]: { leitner_box: 3, due_day: DAY0, last_day: DAY0 - 7, reviews: 3, lapses: 1 } },
  };
  const context = await env.browser.newContext({ timezoneId: "UTC" });
  await context.clock.setFixedTime(T0);
  await context.addInitScript((doc) => { if (!localStorage.getItem("backprep")) localStorage.setItem("backprep", doc); }, JSON.stringify(v2));
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  assert.equal(await page.getByTestId("due-count").textContent(), "Today: 1 item to review");
  await page.goto(env.url + "#/review");
  const item = page.locator(`[data-testid=review-item][data-key="quiz:${key[0].id}"]`);
  await item.waitFor();
  // Box 3 is a 7-day interval: its stability; reviewed 7 days ago, recall is 90 % now.
  assert.equal(await item.getByTestId("recall-chance").textContent(), "Chance you remember it now: 90 %");

  // The plan: an interview in 10 days, 15 minutes a day.
  await page.getByTestId("plan-date").fill("2026-03-12");
  await page.getByTestId("plan-minutes").fill("15");
  await page.getByTestId("plan-save").click();
  await page.getByTestId("plan-forecast").waitFor();
  assert.match(await page.getByTestId("plan-today").textContent(), /Interview in 10 days \(2026-03-12\)\. About 15 of 15 minutes planned: 1 due, 14 new, 0 ahead\./);
  const d = await stored(page);
  assert.deepEqual(d.settings.plan, { day: DAY0 + 10, minutes: 15 });
  assert.equal(d.settings.theme, "dark", "settings survive the migration");
  await page.reload();
  assert.equal(await page.getByTestId("plan-date").inputValue(), "2026-03-12");
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("a missed design point is recalled as a flashcard and rated, then leaves today's queue", async () => {
  const key = "design:url-shortener:requirements-1";
  const v3 = {
    version: 3, settings: {}, attempts: [], drafts: {}, designs: {}, log: [], saved_at: T0 - DAY, replaced_at: 0,
    cards: { [key]: { s: 212_000, d: 6_413_300, due: DAY0, last: DAY0 - 1, at: T0 - DAY, reps: 1, lapses: 0 } },
  };
  const context = await env.browser.newContext({ timezoneId: "UTC" });
  await context.clock.setFixedTime(T0);
  await context.addInitScript((doc) => { if (!localStorage.getItem("backprep")) localStorage.setItem("backprep", doc); }, JSON.stringify(v3));
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/review");
  await page.getByTestId("review-filter-kind").selectOption("design");
  const item = page.locator(`[data-testid=review-item][data-key="${key}"]`);
  await item.waitFor();
  assert.equal(await item.getAttribute("data-kind"), "design");
  assert.equal(await page.getByTestId("review-item").count(), 1, "the filter leaves design points only");
  await item.getByTestId("design-recall").click();
  await item.getByTestId("design-point-show").click();
  assert.match(await item.getByTestId("design-point").textContent(), /hot path/);
  await screenshot(page, "design-flashcard");
  await item.getByTestId("rate-3").click();
  await item.waitFor({ state: "detached" });
  const card = (await stored(page)).cards[key];
  assert.deepEqual([card.reps, card.last], [2, DAY0]);
  assert.ok(card.due > DAY0);
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});
