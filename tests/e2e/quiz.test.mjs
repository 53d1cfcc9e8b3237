// A timed quiz end to end: one right, one wrong, one left to expire; review; history after reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, guardedPage, screenshot, answerKey, QuizPage } from "./support.mjs";

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
