// An exercise end to end on the release build: load a file into the editor, run, read results;
// an infinite loop is stopped while the page stays responsive; drafts survive a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, guardedPage, screenshot, ExercisePage, ROOT, writeTemp, wakeEditor } from "./support.mjs";

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
  await wakeEditor(page);
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
  await wakeEditor(page);
  assert.match(await page.getByTestId("code-editor").textContent(), /edit before leaving by a link/);

  // (b) Type, then reload before the autosave.
  await typeAtEnd(page, "\n// edit before a reload");
  await page.reload();
  await wakeEditor(page);
  const text = await page.getByTestId("code-editor").textContent();
  assert.match(text, /edit before leaving by a link/);
  assert.match(text, /edit before a reload/);

  // Nothing threw meanwhile (a save timer firing after its page was gone used to).
  await page.waitForTimeout(600);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("the editor loads only when the code box is reached for; what was typed and the caret carry over", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const { page, problems } = await guardedPage(context, env.url);
  const editorRequests = [];
  page.on("request", (r) => { if (r.url().includes("/editor/")) editorRequests.push(r.url()); });
  const starter = fs.readFileSync(path.join(ROOT, "exercises/binary-search/starter.js"), "utf8");
  await page.goto(env.url + "#/exercise/binary-search");
  const box = page.getByTestId("code-textarea");
  const editor = page.getByTestId("code-editor");
  await page.getByTestId("exercise").waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(editorRequests, [], "nothing of the editor before the code box is reached for");
  assert.equal(await box.inputValue(), starter, "the plain box holds the starter");

  // The pointer over the box: the editor replaces it, with the same text, and leaves the focus alone.
  await box.hover();
  await editor.waitFor();
  assert.equal(await box.count(), 0, "the plain box is gone");
  const text = async () => (await editor.innerText()).replace(/\s+$/, "");
  assert.equal(await text(), starter.replace(/\s+$/, ""));
  assert.notEqual(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "code-editor", "hovering does not move the focus");

  // Typing straight into the plain box (focus first, as a keyboard user does): the keys typed while
  // the editor loads stay, and the caret goes on where it was.
  await page.reload();
  await box.waitFor();
  const at = starter.indexOf("\n") + 1;
  await box.evaluate((el, at) => { el.focus(); el.setSelectionRange(at, at); }, at);
  await page.keyboard.type("// A");
  await editor.waitFor();
  await page.keyboard.type("B");
  const expected = starter.slice(0, at) + "// AB" + starter.slice(at);
  assert.equal(await text(), expected.replace(/\s+$/, ""));
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "code-editor", "the editor has the focus");
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});
