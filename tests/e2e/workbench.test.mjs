// The exercise workbench end to end: Run takes the examples and Submit everything; fresh random
// tests on every Submit, replayed by their seed; a planted bug that only large random inputs
// reveal is shrunk to its smallest failing input; the complexity chart tells a logarithmic
// solution from a linear one; the custom input runs beside the reference; the help ladder up to a
// Parsons puzzle solved by keyboard; the layout at 1440 px and 360 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, guardedPage, screenshot, ExercisePage, ROOT, writeTemp, wakeEditor } from "./support.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });


// A correct binary search, except that it gives up on arrays of 1,000 elements or more: no
// example or hidden test is that large, only random cases (and growth probes) are.
const PLANTED = `function search(nums, target) {
  if (nums.length >= 1000) return -2; // planted bug
  let lo = 0, hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = nums[mid];
    if (v === target) return mid;
    if (v < target) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
`;

test("Run takes the examples, Submit everything with a fresh seed; a planted bug is shrunk to 1,000 elements; a seed replays", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const { page, problems } = await guardedPage(context, env.url);
  const ex = await new ExercisePage(page, env.url).open("binary-search");
  await ex.load(writeTemp("planted.js", PLANTED));

  // Run: the visible examples only, and they pass.
  await ex.runAndWait(ex.runVisible);
  const visible = await ex.results.count();
  assert.ok(visible >= 3 && visible < 15, `${visible} visible examples`);
  assert.equal(await ex.summary.textContent(), `${visible} passed, 0 failed`);
  assert.equal(await page.getByTestId("random-seed").count(), 0, "Run has no random tests");

  // Submit: the random cases find the bug; the first failure is expanded.
  await ex.runAndWait(ex.submitAll);
  assert.match(await ex.summary.textContent(), /^\d+ passed, [1-9]\d* failed$/);
  const seed1 = await page.getByTestId("random-seed").textContent();
  const failedNames = await page.locator("[data-testid=test-result][data-status=fail] .test-name").allTextContents();
  assert.ok(failedNames.every((n) => /^(random #\d+ \(seed \d+\)|growth n = \d+)$/.test(n)), `only random and growth cases fail: ${failedNames}`);
  assert.match(await page.getByTestId("first-failure").textContent(), /returned -2, expected/);
  // Shrinking ran to the smallest failing input: exactly 1,000 elements.
  await page.locator("[data-testid=shrinking][data-done=true]").waitFor();
  const shrunk = JSON.parse(await page.getByTestId("shrunk-input").textContent());
  assert.equal(shrunk[0].length, 1000, "the smallest array that reveals the bug");
  assert.ok(shrunk[0].every((x, i) => i === 0 || shrunk[0][i - 1] < x), "still sorted and distinct");
  await screenshot(page, "workbench-1440-shrunk");

  // A second Submit draws a new seed.
  await ex.runAndWait(ex.submitAll);
  const seed2 = await page.getByTestId("random-seed").textContent();
  assert.notEqual(seed2, seed1, "fresh random tests on every submit");

  // Typing the first seed replays exactly its cases.
  await page.getByTestId("replay-seed").fill(seed1);
  await ex.runAndWait(ex.submitAll);
  assert.equal(await page.getByTestId("random-seed").textContent(), seed1);
  assert.deepEqual(await page.locator("[data-testid=test-result][data-status=fail] .test-name").allTextContents(), failedNames);

  // The shrunk input goes to the custom box, and runs beside the reference.
  await page.locator("[data-testid=shrinking][data-done=true]").waitFor();
  await page.getByRole("button", { name: "Try it in the custom input" }).click();
  await page.getByTestId("custom-run").click();
  await page.getByTestId("custom-output").waitFor();
  assert.equal((await page.getByTestId("custom-output").textContent()).trim(), "-2");
  assert.match((await page.getByTestId("reference-output").textContent()).trim(), /^-?\d+$/);
  assert.notEqual((await page.getByTestId("reference-output").textContent()).trim(), "-2");
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test("the complexity chart shows the fitted growth of a logarithmic and a linear solution", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const { page, problems } = await guardedPage(context, env.url);
  const ex = await new ExercisePage(page, env.url).open("binary-search");
  await ex.load(path.join(ROOT, "exercises/binary-search/solution.js"));
  await ex.runAndWait(ex.submitAll);
  assert.match(await ex.summary.textContent(), /^\d+ passed, 0 failed$/);
  await page.getByTestId("complexity-chart").waitFor();
  assert.match(await page.getByTestId("complexity-fit").textContent(), /grows like log n\), expected log n/);

  await ex.load(path.join(ROOT, "exercises/binary-search/wrong/linear-scan.js"));
  await ex.runAndWait(ex.submitAll);
  // Each Submit draws fresh random inputs (the target's place in each array among them), so the
  // fitted exponent of a linear scan moves around 1: a clean-clone run read n^0.8. The class is
  // what the reader is told, and what must hold.
  assert.match(await page.getByTestId("complexity-fit").textContent(), /≈ n\^(0\.8|0\.9|1\.0|1\.1|1\.2) \(grows like n\), expected log n/);
  await page.getByTestId("complexity-chart").scrollIntoViewIfNeeded();
  await screenshot(page, "workbench-1440-complexity-linear");
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("custom input: bad JSON is explained, a class exercise shows both outputs; the split moves by keyboard and pointer and is remembered", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const { page, problems } = await guardedPage(context, env.url);
  const ex = await new ExercisePage(page, env.url).open("lru-cache");
  await ex.load(path.join(ROOT, "exercises/lru-cache/wrong/evicts-most-recent.js"));
  await page.getByTestId("custom-toggle").click();
  await page.getByTestId("custom-input").fill("[{\"new\": \"LRUCache\", \"args\": [1]}, {\"frob\": 1}");
  await page.getByTestId("custom-run").click();
  await page.getByText(/^Not valid JSON/).waitFor();
  const ops = [{ new: "LRUCache", args: [2] }, { call: "put", args: [1, 1] }, { call: "put", args: [2, 2] }, { call: "get", args: [1] }, { call: "put", args: [3, 3] }, { call: "get", args: [2] }, { call: "get", args: [1] }];
  await page.getByTestId("custom-input").fill(JSON.stringify(ops));
  await page.getByTestId("custom-run").click();
  await page.getByTestId("reference-output").waitFor();
  const mine = await page.getByTestId("custom-output").textContent();
  const reference = await page.getByTestId("reference-output").textContent();
  assert.notEqual(mine, reference, `a wrong LRU differs from the reference: ${mine} vs ${reference}`);
  assert.match(reference, /-1/, "the reference evicted key 2");

  // The split between statement and code moves by keyboard (and pointer) and is remembered.
  const splitter = page.getByRole("separator", { name: "Resize the statement and code panes" });
  const before = Number(await splitter.getAttribute("aria-valuenow"));
  const width = async () => (await page.locator(".pane-statement").boundingBox()).width;
  const w0 = await width();
  await splitter.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  assert.equal(Number(await splitter.getAttribute("aria-valuenow")), before + 6);
  assert.ok(await width() > w0 + 50, "the statement pane is wider");
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await splitter.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(1440 * 0.3, box.y + 40, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await splitter.getAttribute("aria-valuenow"));
  assert.ok(dragged >= 25 && dragged <= 32, `dragged to ${dragged}%`);
  await page.reload();
  await wakeEditor(page);
  assert.equal(Number(await page.getByRole("separator", { name: "Resize the statement and code panes" }).getAttribute("aria-valuenow")), dragged);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("phone width: tabs switch between statement, code and results; nothing is wider than the screen", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const { page, problems } = await guardedPage(context, env.url);
  const ex = await new ExercisePage(page, env.url).open("binary-search");
  assert.equal(await page.getByTestId("tab-code").getAttribute("aria-pressed"), "true");
  await page.getByTestId("tab-statement").click();
  await page.getByRole("heading", { name: "Binary search", level: 1 }).waitFor();
  assert.ok(!(await page.getByTestId("run-tests").isVisible()), "the code pane is hidden");
  await screenshot(page, "workbench-360-statement");
  await page.getByTestId("tab-code").click();
  await ex.load(path.join(ROOT, "exercises/binary-search/wrong/off-by-one-bound.js"));
  await ex.runAndWait(ex.submitAll);
  // After a run the results pane is shown.
  assert.equal(await page.getByTestId("tab-results").getAttribute("aria-pressed"), "true");
  assert.ok(await page.getByTestId("first-failure").isVisible());
  const wide = await page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(e).position !== "fixed").map((e) => e.tagName + "." + e.className).slice(0, 5));
  assert.deepEqual(wide, [], "nothing overflows 360 px");
  await screenshot(page, "workbench-360-results");
  assert.deepEqual(problems.console, []);
  await context.close();
});

/** The reference's lines as the puzzle shows them: no blank or comment-only lines, a trailing
 * `// comment` cut when nothing before it could be a string or a regex. */
function puzzleLines(source) {
  return source.split("\n").filter((l) => l.trim() && !l.trim().startsWith("//")).map((l) => {
    const i = l.indexOf("//");
    return (i > 0 && !/["'`/]/.test(l.slice(0, i)) && l.slice(0, i).trim() ? l.slice(0, i) : l).trimEnd();
  });
}

test("help ladder: a hint, the reference line by line, then a Parsons puzzle solved by keyboard alone; the help is recorded", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const { page, problems } = await guardedPage(context, env.url);
  await new ExercisePage(page, env.url).open("lru-cache");
  assert.equal(await page.getByTestId("open-parsons").count(), 0, "no puzzle before the rungs below it");
  await page.getByRole("button", { name: /^Show a hint/ }).click();
  await page.getByTestId("reveal-line").click();
  await page.getByTestId("reveal-line").click();
  const solution = fs.readFileSync(path.join(ROOT, "exercises/lru-cache/solution.js"), "utf8");
  const revealed = await page.getByTestId("reference-lines").textContent();
  assert.equal(revealed, solution.split("\n").filter((l) => l.trim()).slice(0, 2).join("\n"));
  await page.getByTestId("open-parsons").click();
  await page.getByTestId("parsons").waitFor();

  const toml = fs.readFileSync(path.join(ROOT, "exercises/lru-cache/exercise.toml"), "utf8");
  const distractors = [...toml.match(/^distractors = \[(.*)\]$/m)[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const want = puzzleLines(solution);
  const lines = page.getByTestId("parsons-line");
  const texts = async () => (await lines.locator("code").allTextContents()).map((t) => t.trimEnd());
  assert.equal((await texts()).length, want.length + distractors.length);
  // Leave the distractors out (Delete), then bring each needed line up into place (Alt+↑).
  for (const d of distractors) {
    await lines.nth((await texts()).indexOf(d)).focus();
    await page.keyboard.press("Delete");
  }
  for (let i = 0; i < want.length; i++) {
    const now = await texts();
    const j = now.findIndex((t, k) => k >= i && t === want[i]);
    assert.ok(j >= i, `line ${want[i]} is placed`);
    await lines.nth(j).focus();
    for (let k = j; k > i; k--) await page.keyboard.press("Alt+ArrowUp");
  }
  assert.deepEqual(await texts(), want);
  await page.getByTestId("parsons-check").click();
  assert.match(await page.getByTestId("parsons-verdict").textContent(), /^Solved: all \d+ lines are in order\./);
  await screenshot(page, "workbench-1440-parsons");

  // The full solution is the next rung; a submit records the highest rung used.
  await page.getByRole("button", { name: "Show the reference solution" }).click();
  await page.getByTestId("submit-all").click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("backprep") || "{}").drafts?.["lru-cache"]?.last?.help === 4);
  assert.deepEqual(problems.console, []);
  await context.close();
});
