// The SQL round end to end on the release build under a sub-path: an exercise solved through the
// UI (a .sql file loaded, Run, Submit on every dataset), a known mistake shown as rows missing,
// a runaway query stopped while the page stays responsive, the draft kept, and the whole round
// working offline after the first visit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, guardedPage, screenshot, SqlPage, ROOT, wakeEditor, controlled } from "./support.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const SLUG = "sql-customers-without-orders";

function writeTemp(name, code) {
  fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, "test-results", "sql-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, code);
  return file;
}

test("solve a SQL exercise: schema, Run on the showcase data, Submit on every dataset", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const { page, problems } = await guardedPage(context, env.url);
  // From the home page's SQL section.
  await page.goto(env.url + "#/");
  await page.getByTestId("sql-list").getByTestId("sql-link").first().waitFor();
  assert.ok(await page.getByTestId("sql-link").count() >= 16);
  await page.getByTestId("sql-link").filter({ hasText: "never" }).first().click();
  const sq = new SqlPage(page, env.url);
  await page.getByTestId("sql-exercise").waitFor();
  await wakeEditor(page);
  const schema = await page.getByTestId("sql-schema").textContent();
  assert.match(schema, /customers/);
  assert.match(schema, /customer_id/);

  await sq.load(path.join(ROOT, `sql/${SLUG}/solution.sql`));
  await sq.click(sq.run);
  const grid = page.getByTestId("sql-result-grid");
  await grid.waitFor();
  assert.match(await page.getByTestId("sql-row-count").textContent(), /^\d+ rows?/);
  assert.match(await grid.locator("th").first().textContent(), /^id$/i);

  await sq.click(sq.submit);
  assert.equal(await sq.summary.textContent(), "5 passed, 0 failed");
  assert.equal(await page.locator("[data-testid=test-result][data-status=pass]").count(), 5);
  assert.match(await page.getByTestId("sql-report-seed").textContent(), /seed \d+/);
  await page.getByRole("button", { name: "Show the reference solution" }).click();
  assert.match(await page.getByTestId("reference-solution").textContent(), /customers/i);

  // The NOT IN trap: the showcase data has a guest order (NULL customer), so NOT IN finds nobody.
  await sq.load(path.join(ROOT, `sql/${SLUG}/wrong/not-in-with-null.sql`));
  await page.getByTestId("sql-seed").fill("42");
  await sq.click(sq.submit);
  assert.match(await sq.summary.textContent(), /^\d passed, [1-5] failed$/);
  const first = page.locator("[data-testid=test-result]").first();
  assert.equal(await first.getAttribute("data-status"), "fail");
  assert.match(await first.textContent(), /Expected but missing/);
  assert.match(await page.getByTestId("sql-report-seed").textContent(), /seed 42/);
  await screenshot(page, "sql-results");
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test("a runaway query is stopped while the page stays responsive; the draft survives a reload", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await guardedPage(context, env.url);
  const sq = await new SqlPage(page, env.url).open(SLUG);
  await sq.load(writeTemp("runaway.sql", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)\nSELECT count(*) FROM r;\n"));
  await sq.run.click();
  const t0 = Date.now();
  assert.ok(await page.evaluate(() => document.querySelector("h1").textContent));
  assert.ok(Date.now() - t0 < 500, "the page answered while the query ran");
  await page.getByTestId("sql-error").waitFor({ timeout: 15_000 });
  assert.match(await page.getByTestId("sql-error").textContent(), /Stopped after 2 s/);
  // The engine was replaced: the next run works.
  await sq.load(path.join(ROOT, `sql/${SLUG}/solution.sql`));
  await sq.click(sq.run);
  await page.getByTestId("sql-result-grid").waitFor();

  await page.waitForTimeout(600); // the draft is saved after a pause in typing
  await page.reload();
  await wakeEditor(page);
  assert.match(await page.getByTestId("code-editor").textContent(), /customers/i);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("the SQL round works offline after the first visit", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await controlled(page);
  // The precache holds every file of the build, the SQL engine among them.
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    for (const k of keys) {
      const c = await caches.open(k);
      if ((await c.keys()).some((r) => r.url.includes("sql-wasm.wasm"))) return true;
    }
    return false;
  }, null, { timeout: 30_000 });
  await context.setOffline(true);
  const sq = await new SqlPage(page, env.url).open(SLUG);
  await sq.load(path.join(ROOT, `sql/${SLUG}/solution.sql`));
  await sq.click(sq.submit);
  assert.equal(await sq.summary.textContent(), "5 passed, 0 failed");
  await context.setOffline(false);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test("a SQL exercise fits a phone: nothing wider than the screen, the editor below the statement", async () => {
  const context = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
  const { page, problems } = await guardedPage(context, env.url);
  // The transfer exercise has the widest statement (a schema in a code block).
  const sq = await new SqlPage(page, env.url).open("sql-transfer-transaction");
  await sq.load(path.join(ROOT, "sql/sql-transfer-transaction/solution.sql"));
  await sq.click(sq.run);
  await page.getByTestId("sql-result-grid").first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 412);
  const statement = await page.locator(".statement").boundingBox();
  const editor = await page.getByTestId("code-editor").boundingBox();
  assert.ok(editor.y > statement.y + statement.height, "the editor comes after the statement");
  await screenshot(page, "sql-phone");
  assert.deepEqual(problems.console, []);
  await context.close();
});
