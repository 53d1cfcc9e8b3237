// The system-design round end to end on the release build under a sub-path: a prompt answered
// (notes, estimates, the units calculator), kept across a reload, committed, compared with the
// reference and scored; the capacity simulator's bottleneck moving from the database to the app
// tier as the cache hit ratio rises, the limit found under an SLO, a prompt's preset opened; a
// phone-width layout; and the round working offline after the first visit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, guardedPage, screenshot, ROOT, DesignPage, controlled } from "./support.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** The estimates' answers as authored in `design/<slug>.toml`, in file order. */
function answers(slug) {
  const text = fs.readFileSync(path.join(ROOT, "design", `${slug}.toml`), "utf8");
  return [...text.matchAll(/^\[\[estimate\]\][\s\S]*?^id = "([^"]+)"[\s\S]*?^answer = ([\d.e+_]+)/gm)].map((m) => ({ id: m[1], answer: Number(m[2].replaceAll("_", "")) }));
}

test("answer a design prompt: notes kept across a reload, commit, compare, tick the rubric, keep the score", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("design-home-link").click();
  await page.getByTestId("design-list").getByTestId("design-link").first().waitFor();
  assert.ok(await page.getByTestId("design-link").count() >= 14);
  await page.getByTestId("design-link").filter({ hasText: "URL shortener" }).click();
  const d = new DesignPage(page, env.url);
  await d.prompt.waitFor();
  assert.match(await d.prompt.textContent(), /short link/i);
  assert.equal(await page.getByTestId("design-phase").count(), 8);
  // Hidden until commit: not in the DOM at all.
  assert.equal(await d.reference.count(), 0);
  assert.equal(await page.getByTestId("rubric-item").count(), 0);

  await d.note("requirements", "Create short links, redirect, delete; 100:1 reads to writes.");
  await d.note("api", "POST /links -> 201 {code}; GET /{code} -> 302 Location");
  assert.match(await page.getByTestId("design-clock").textContent(), /^4[45]:\d\d left$/);
  // The units calculator keeps units.
  await page.getByTestId("units-input").fill("20M req/day to req/s");
  assert.equal(await page.getByTestId("units-result").textContent(), "= 231 req/s");
  await page.getByTestId("units-input").fill("5 s + 2 KB");
  assert.match(await page.getByTestId("units-result").textContent(), /cannot add/);

  const est = answers("url-shortener");
  assert.ok(est.length >= 2);
  await d.estimate(est[0].id, String(est[0].answer)); // exact: full credit
  await d.estimate(est[1].id, String(est[1].answer * 2)); // 2× off: 70 %
  // Reload before committing: the notes and estimates are still there.
  await page.waitForTimeout(600);
  await page.reload();
  await d.prompt.waitFor();
  assert.match(await d.phase("api").inputValue(), /POST \/links/);
  assert.equal(await d.estimateBox(est[0].id).inputValue(), String(est[0].answer));

  await d.commit.click();
  await d.reference.waitFor();
  assert.notEqual(await d.phase("api").getAttribute("readonly"), null);
  const credits = await page.getByTestId("estimate-result").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-credit")));
  assert.deepEqual(credits, ["1.00", "0.70", ...Array(est.length - 2).fill("0.00")]);
  assert.match(await d.reference.textContent(), /Reference outline/);
  const items = page.getByTestId("rubric-item");
  const total = await items.count();
  assert.ok(total >= 8);
  for (const i of [0, 1, 2]) await items.nth(i).check();
  const credit = Math.round(((1 + 0.699) / est.length) * 100);
  assert.equal(await d.score.textContent(), `3 of ${total} points · estimates ${credit} %`);
  await items.nth(2).uncheck();
  assert.equal(await d.score.textContent(), `2 of ${total} points · estimates ${credit} %`);
  await screenshot(page, "design-compared");

  await page.getByTestId("design-finish").click();
  await page.getByTestId("design-history").waitFor();
  assert.match(await page.getByTestId("design-history").textContent(), new RegExp(`2 of ${total} points · estimates ${credit} %`));
  assert.ok(await items.first().isDisabled(), "a kept result is frozen");
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByTestId("design-history").waitFor();
  assert.match(await page.getByTestId("design-history").textContent(), /Missed: /);
  // The list shows the best result.
  await page.goto(env.url + "#/design");
  await page.getByTestId("design-list").waitFor();
  assert.match(await page.getByTestId("design-link").filter({ hasText: "URL shortener" }).locator("xpath=../..").textContent(), new RegExp(`best 2 of ${total} points`));
  // The missed points come back on the review page.
  await page.goto(env.url + "#/review");
  assert.match(await page.getByTestId("design-revisit").textContent(), new RegExp(`URL shortener: ${total - 2} of ${total} points missed`));
  // A fresh attempt clears the notes and keeps the result.
  await d.open("url-shortener");
  await page.getByTestId("design-restart").click();
  await d.commit.waitFor();
  assert.equal(await d.phase("api").inputValue(), "");
  assert.equal(await d.reference.count(), 0);
  assert.match(await page.getByTestId("design-history").textContent(), /2 of/);
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("a stored design record that cannot be read is reported, kept until the learner writes, then replaced", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await page.evaluate(() => localStorage.setItem("backprep", JSON.stringify({ version: 2, saved_at: 5, designs: { chat: { saved_at: 5, finished_at: 4, notes: { api: "mine" } } } })));
  const d = new DesignPage(page, env.url);
  await page.reload();
  await d.open("chat");
  assert.match(await page.getByTestId("design-unreadable").textContent(), /could not be read \(finished before it was committed\)/);
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem("backprep")).designs.chat);
  assert.equal((await stored()).notes.api, "mine", "kept while the page only reads");
  await d.note("api", "new notes");
  await page.waitForTimeout(700);
  assert.equal((await stored()).notes.api, "new notes");
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("a quiz estimate 2× off earns partial credit on a log scale, shown in feedback, results and history", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await guardedPage(context, env.url);
  // 100 million rows of 100 bytes: 10 GB (± 0.5).
  await page.goto(env.url + "#/quiz?ids=est-storage-rows&n=1&seed=3&start=1");
  await page.getByTestId("quiz-numeric").fill("20");
  await page.getByTestId("quiz-submit").click();
  await page.getByTestId("confidence-skip").click();
  assert.equal(await page.getByTestId("partial-credit").textContent(), "Partial credit 70 %: 2.0× too high.");
  await page.getByTestId("quiz-next").click();
  await page.getByTestId("quiz-result-score").waitFor();
  assert.equal(await page.getByTestId("quiz-result-score").textContent(), "0 / 1");
  assert.match(await page.getByTestId("quiz-result-points").textContent(), /0\.7 points/);
  assert.match(await page.getByTestId("partial-credit").textContent(), /Partial credit 70 %/);
  await page.goto(env.url + "#/history");
  assert.match(await page.getByTestId("history-list").textContent(), /0\.7 points with partial credit/);
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("the simulator: the bottleneck moves from the database to the app tier as the hit ratio rises, and the limit under an SLO", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/simulator");
  const bottleneck = page.getByTestId("sim-bottleneck");
  await bottleneck.waitFor();
  assert.equal(await bottleneck.textContent(), "database");
  const p99 = async () => Number((await page.getByTestId("sim-p99").textContent()).replaceAll(",", ""));
  const before = await p99();
  assert.ok(before > 0 && before < 1000, `p99 ${before}`);
  await page.getByTestId("sim-cache-hit").fill("95");
  await page.waitForFunction(() => document.querySelector("[data-testid=sim-bottleneck]").textContent === "app");
  assert.ok(await p99() < before, "fewer misses, shorter tail");
  // More app servers take load off the app tier.
  const appBusy = async () => page.locator("[data-testid=sim-tier][data-component=app] td").nth(2).textContent();
  assert.equal(await appBusy(), "75 %");
  await page.getByTestId("sim-app-replicas").fill("8");
  await page.waitForFunction(() => document.querySelector("[data-testid=sim-tier][data-component=app] td:nth-of-type(3)").textContent === "38 %");
  // Dragging a slider updates the report too.
  const slider = page.getByRole("slider", { name: "Requests per second (slider)" });
  await slider.focus();
  await page.keyboard.press("End");
  assert.equal(await page.getByTestId("sim-rps").inputValue(), "100000000");
  assert.notEqual(await page.getByTestId("sim-errors").textContent(), "0 %");

  await page.getByTestId("sim-rps").fill("3000");
  await page.getByTestId("sim-find-limit").click();
  const limit = Number((await page.getByTestId("sim-limit-rps").textContent()).replaceAll(",", ""));
  assert.ok(limit > 3000 && limit < 100000, `limit ${limit}`);
  await page.getByRole("button", { name: "Set the traffic to this rate" }).click();
  assert.equal(Number(await page.getByTestId("sim-rps").inputValue()), Math.floor(limit));
  assert.ok(await p99() <= 200, "at the limit the SLO holds");
  // A prompt's preset opens in the simulator.
  await page.goto(env.url + "#/simulator?from=url-shortener");
  await page.getByText("Preset of").waitFor();
  assert.equal(await page.getByTestId("sim-rps").inputValue(), "70000");
  // A bad link says so and keeps working.
  await page.goto(env.url + "#/simulator?rps=-4");
  assert.match(await page.getByRole("alert").textContent(), /rps/);
  assert.equal(await page.getByTestId("sim-rps").inputValue(), "3000");
  await screenshot(page, "simulator");
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});

test("the design round fits a phone and works offline after the first visit", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const { page, problems } = await guardedPage(context, env.url);
  await page.goto(env.url + "#/");
  await page.getByTestId("home").waitFor();
  await controlled(page);
  await page.waitForFunction(async () => {
    for (const k of await caches.keys()) {
      const urls = (await (await caches.open(k)).keys()).map((r) => r.url);
      if (urls.some((u) => u.includes("/areas/design-")) && urls.some((u) => u.includes("content/design-chat-"))) return true;
    }
    return false;
  }, null, { timeout: 30_000 });
  await context.setOffline(true);
  const d = await new DesignPage(page, env.url).open("chat");
  await d.note("high-level", "gateways hold the sockets");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  await d.commit.click();
  await d.reference.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  await screenshot(page, "design-phone");
  await page.goto(env.url + "#/simulator");
  await page.getByTestId("sim-bottleneck").waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  await screenshot(page, "simulator-phone");
  await context.setOffline(false);
  assert.deepEqual(problems, { console: [], foreign: [] });
  await context.close();
});
