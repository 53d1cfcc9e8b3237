// Accessibility and best-practice audits of every page type, in light and dark theme:
// axe-core must find 0 violations; Lighthouse must score 100 for accessibility and best practices.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import lighthouse from "lighthouse";
import { launch, guardedPage, answerKey, QuizPage, ExercisePage, SqlPage, launchForLighthouse, ROOT } from "./support.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function axe(page, what) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const lines = r.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  return lines;
}

for (const scheme of ["light", "dark"]) {
  test(`axe: every page type has 0 violations (${scheme} theme)`, async () => {
    const context = await env.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const { page } = await guardedPage(context, env.url);
    const found = [];
    const visit = async (hash, ready) => {
      await page.goto(env.url + hash);
      await page.locator(ready).first().waitFor();
      found.push(...(await axe(page, hash)));
    };
    await visit("#/", "[data-testid=home]");
    await visit("#/quiz", ".setup-form");
    await visit("#/no/such/page", "[data-testid=not-found]");
    await visit("#/history", "main h1");
    await visit("#/review", "[data-testid=review-due-count]");
    await visit("#/data", "[data-testid=export-progress]");
    // The design round: the list, a prompt while writing and after commit, the simulator.
    await visit("#/design", "[data-testid=design-list]");
    await visit("#/design/rate-limiter", "[data-testid=design-prompt]");
    await page.getByTestId("design-commit").click();
    await page.getByTestId("design-reference").waitFor();
    await page.getByTestId("rubric-item").first().check();
    found.push(...(await axe(page, "design reference")));
    await visit("#/simulator", "[data-testid=sim-bottleneck]");
    // The behavioural round: the list, a prompt with a checked answer and its self-score, the
    // story bank with its form open; the mock interview's start page, a part, and a debrief.
    await visit("#/behavioural", "[data-testid=prompt-link]");
    await visit("#/behavioural/incident-my-change", "[data-testid=star-answer]");
    await page.getByTestId("star-answer").fill("Last year our queue backed up. My task was to drain it. I added consumers and I fixed the retry loop. As a result the backlog fell from 2 million to zero in 40 minutes.");
    await page.getByTestId("star-check").click();
    await page.getByTestId("star-item").first().waitFor();
    found.push(...(await axe(page, "behavioural answer checked")));
    await visit("#/stories", "[data-testid=coverage]");
    await page.getByTestId("story-new").click();
    found.push(...(await axe(page, "story form")));
    await visit("#/mock", "[data-testid=mock-preset]");
    await visit("#/mock?preset=custom&parts=behavioural.1.5,estimation.1.5&seed=3", "[data-testid=mock-start]");
    await page.getByTestId("mock-start").click();
    await page.getByTestId("mock-behavioural-answer").waitFor();
    found.push(...(await axe(page, "mock behavioural part")));
    await page.getByTestId("mock-next").click();
    await page.getByTestId("mock-estimate").first().waitFor();
    found.push(...(await axe(page, "mock estimation part")));
    await page.getByTestId("mock-next").click();
    await page.getByTestId("mock-debrief").waitFor();
    found.push(...(await axe(page, "mock debrief")));

    // A quiz in progress, with feedback shown, then its results.
    const query = "topics=rest-vs-graphql&n=2&seed=21";
    const key = answerKey(query);
    const quiz = new QuizPage(page);
    await page.goto(`${env.url}#/quiz?${query}`);
    await quiz.start.click();
    await quiz.submit.waitFor();
    found.push(...(await axe(page, "quiz in progress")));
    await quiz.answer(key[0], false, false);
    await page.getByTestId("confidence-1").waitFor();
    found.push(...(await axe(page, "quiz confidence")));
    await page.getByTestId("confidence-1").click();
    await quiz.next.waitFor();
    found.push(...(await axe(page, "quiz feedback")));
    await quiz.next.click();
    await quiz.answer(key[1], true);
    await quiz.next.click();
    await quiz.score.waitFor();
    found.push(...(await axe(page, "results")));
    await visit("#/history", "[data-testid=history-item]");

    // An exercise with results.
    const ex = await new ExercisePage(page, env.url).open("binary-search");
    await ex.load(path.join(ROOT, "exercises/binary-search/wrong/off-by-one-bound.js"));
    await ex.runAndWait();
    found.push(...(await axe(page, "exercise with results")));
    // The workbench's other states: a shrunk input and the complexity chart (a linear scan),
    // the custom input's two outputs, and every rung of the help ladder up to the puzzle.
    await ex.load(path.join(ROOT, "exercises/binary-search/wrong/linear-scan.js"));
    await ex.runAndWait();
    await page.locator("[data-testid=shrinking][data-done=true]").waitFor();
    await page.getByTestId("complexity-chart").waitFor();
    await page.getByTestId("custom-toggle").click();
    await page.getByTestId("custom-run").click();
    await page.getByTestId("reference-output").waitFor();
    await page.getByRole("button", { name: /^Show a hint/ }).click();
    await page.getByTestId("reveal-line").click();
    await page.getByTestId("open-parsons").click();
    await page.getByTestId("parsons-check").click();
    found.push(...(await axe(page, "exercise workbench: shrunk input, chart, custom input, Parsons")));
    await page.setViewportSize({ width: 360, height: 780 });
    found.push(...(await axe(page, "exercise workbench at 360 px")));
    await page.setViewportSize({ width: 1280, height: 900 });

    // The SQL round: the list, and an exercise with a Run's grid and a failed Submit's rows.
    await visit("#/sql", "[data-testid=sql-list]");
    const sq = await new SqlPage(page, env.url).open("sql-customers-without-orders");
    await sq.load(path.join(ROOT, "sql/sql-customers-without-orders/wrong/inner-join.sql"));
    await sq.click(sq.run);
    await page.getByTestId("sql-result-grid").waitFor();
    await sq.click(sq.submit);
    await page.getByRole("button", { name: "Show the reference solution" }).click();
    found.push(...(await axe(page, "SQL exercise with results")));
    assert.deepEqual(found, []);
    await context.close();
  });
}

test("Lighthouse: accessibility and best practices score 100", async () => {
  const chrome = await launchForLighthouse();
  try {
    const failures = [];
    // Desktop, and the exercise page once more at phone width, where its panes become tabs.
    const pages = [["#/", "desktop"], ["#/exercise/binary-search", "desktop"], ["#/sql/sql-top-salaries-per-department", "desktop"], ["#/exercise/binary-search", "mobile"], ["#/simulator", "desktop"], ["#/design/url-shortener", "mobile"], ["#/behavioural/incident-my-change", "mobile"], ["#/mock", "desktop"]];
    for (const [hash, formFactor] of pages) {
      const { lhr } = await lighthouse(env.url + hash, {
        port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["accessibility", "best-practices"], formFactor,
        screenEmulation: formFactor === "desktop" ? { disabled: true } : { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
      });
      for (const [id, cat] of Object.entries(lhr.categories)) {
        if (cat.score !== 1) {
          const failing = cat.auditRefs.map((r) => lhr.audits[r.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative");
          failures.push(`${hash} (${formFactor}) ${id}: ${Math.round(cat.score * 100)} — ${failing.map((a) => a.id).join(", ")}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  } finally {
    await chrome.kill();
  }
});
