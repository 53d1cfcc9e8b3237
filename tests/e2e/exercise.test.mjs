// An exercise end to end on the release build: load a file into the editor, run, read results;
// an infinite loop is stopped while the page stays responsive; drafts survive a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, guardedPage, screenshot, ExercisePage, ROOT, writeTemp } from "./support.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });


test("load a solution from a file, run, see every test pass; a wrong one fails", async () => {
  fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const { page, problems } = await guardedPage(context, env.url);
  const ex = await new ExercisePage(page, env.url).open("binary-search");
  await ex.load(path.join(ROOT, "exercises/binary-search/solution.js"));
  await ex.runAndWait();
  const total = await ex.results.count();
  assert.ok(total >= 20, `${total} tests`);
  assert.equal(await ex.summary.textContent(), `${total} passed, 0 failed`);
  assert.equal(await page.locator("[data-testid=test-result][data-status=pass]").count(), total);

  await ex.load(path.join(ROOT, "exercises/binary-search/wrong/linear-scan.js"));
  await ex.runAndWait();
  assert.match(await ex.summary.textContent(), /^\d+ passed, [1-9]\d* failed$/);
  await page.getByText(/your solution read \d+ elements; binary search needs at most \d+/).first().waitFor();
  await screenshot(page, "exercise-results");

  // The reference solution is offered after a first run.
  await page.getByRole("button", { name: "Show the reference solution" }).click();
  assert.match(await page.getByTestId("reference-solution").textContent(), /function search/);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test("an infinite loop is stopped, the page stays responsive, and the draft survives a reload", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await guardedPage(context, env.url);
  const ex = await new ExercisePage(page, env.url).open("binary-search");
  await ex.load(writeTemp("loop.js", "function search(nums, target) {\n  while (true) {}\n}\n"));
  await ex.run.click();
  // While the worker spins, the page still answers quickly.
  const t0 = Date.now();
  const title = await page.evaluate(() => document.querySelector("h1").textContent);
  assert.equal(title, "Binary search");
  assert.ok(Date.now() - t0 < 500, "page answered while user code loops");
  await ex.page.waitForFunction(() => document.querySelector("[data-testid=run-summary]"));
  assert.equal(await page.locator("[data-testid=test-result][data-status=timeout]").count(), await ex.results.count());
  await page.getByText(/still running after 2000 ms/).waitFor();

  // Drafts are saved as you type and restored on return.
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByTestId("code-editor").waitFor();
  assert.match(await page.getByTestId("code-editor").textContent(), /while \(true\) \{\}/);
  // Reset to starter brings the stub back.
  await page.getByRole("button", { name: "Reset to starter" }).click();
  await page.getByTestId("reset-confirm").click();
  assert.match(await page.getByTestId("code-editor").textContent(), /Your code here/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

/** Types at the end of the CodeMirror document, then returns at once (no wait for the autosave). */
async function typeAtEnd(page, text) {
  const editor = page.getByTestId("code-editor");
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}

test("the last edit survives leaving the page at once: a link away and back, and a reload", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await guardedPage(context, env.url);
  const ex = await new ExercisePage(page, env.url).open("binary-search");

  // (a) Type, then follow a link to the home page before the 400 ms autosave, then come back.
  await typeAtEnd(page, "\n// edit before leaving by a link");
  await page.getByRole("link", { name: "backprep" }).click();
  await page.getByTestId("home").waitFor();
  await page.getByTestId("exercise-link").filter({ hasText: "Binary search" }).click();
  await page.getByTestId("code-editor").waitFor();
  assert.match(await page.getByTestId("code-editor").textContent(), /edit before leaving by a link/);

  // (b) Type, then reload before the autosave.
  await typeAtEnd(page, "\n// edit before a reload");
  await page.reload();
  await ex.page.getByTestId("code-editor").waitFor();
  const text = await page.getByTestId("code-editor").textContent();
  assert.match(text, /edit before leaving by a link/);
  assert.match(text, /edit before a reload/);

  // Nothing threw meanwhile (a save timer firing after its page was gone used to).
  await page.waitForTimeout(600);
  assert.deepEqual(problems.console, []);
  await context.close();
});
