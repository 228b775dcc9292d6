// The rendered API reference (`pnpm docs`) shows the training operations and their schemas in a
// real browser: Debian's headless Chromium, driven by playwright-core. A screenshot is saved to
// .tmp/screenshots/ (gitignored) for a person to look at.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { after, before, describe, it } from "node:test";
import { chromium } from "playwright-core";

const docs = new URL("../../spec/docs/index.html", import.meta.url);
const screenshots = new URL("../../.tmp/screenshots/", import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let server;
let browser;
let page;

before(async () => {
  assert.ok(existsSync(docs), "spec/docs/index.html is missing: run `pnpm docs`");
  assert.ok(
    existsSync(CHROMIUM),
    `no Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH`,
  );
  const html = readFileSync(docs);
  server = createServer((_, response) => response.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: "load" });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens an operation from the sidebar, as a reader does (the page renders sections lazily). */
async function open(tag, summary) {
  const group = page.getByText(tag, { exact: true }).first();
  const item = page.getByText(summary, { exact: true }).first();
  // (No summary is part of another, so a substring match finds the one heading.)
  const heading = page.getByRole("heading", { name: summary }).first();
  // A reference of many operations keeps rendering for a while (more so on a busy machine): the
  // click waits for the item to hold still. The sidebar also follows the scroll on its own, so a
  // click on a group that opened meanwhile folds it: a reader clicks again, and so does this.
  for (let attempt = 1; ; attempt++) {
    if (!(await item.isVisible())) await group.click({ timeout: 60_000 });
    await item.click({ timeout: 60_000 });
    try {
      await heading.waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) {
        mkdirSync(screenshots, { recursive: true });
        await page.screenshot({ path: new URL("docs-open-failed.png", screenshots).pathname });
        throw error;
      }
    }
  }
}

describe("the rendered API reference", () => {
  it("shows each of the six training operations, among the others", async () => {
    for (const [tag, summary] of [
      ["Person Group Operations", "Train PersonGroup"],
      ["Person Group Operations", "Get Training Status of PersonGroup"],
      ["Person Group Operations", "Train LargePersonGroup"],
      ["Person Group Operations", "Get Training Status of LargePersonGroup"],
      ["Face List Operations", "Train LargeFaceList"],
      ["Face List Operations", "Get Training Status of LargeFaceList"],
    ]) {
      await open(tag, summary);
    }
  });

  it("shows the training status with its id rule, the TrainingResult fields, the example and the error default", async () => {
    await open("Person Group Operations", "Get Training Status of PersonGroup");
    // The operation's own section: Redoc renders a long reference lazily, around the viewport.
    const section = page.locator('[data-section-id$="/persongroupoperations_getpersongrouptrainingstatus"]').first();
    await section.waitFor({ timeout: 10_000 });
    const expected = [
      "personGroupId",
      "^[a-z0-9-_]+$",
      "createdDateTime",
      "lastActionDateTime",
      "lastSuccessfulTrainingDateTime",
      '"message": null',
    ];
    // The section fills in as it renders: read it until it shows everything, for up to 20 s.
    let main = "";
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await page.waitForTimeout(250)) {
      main = await section.innerText();
      if (expected.every((text) => main.includes(text))) break;
    }
    for (const text of expected) assert.ok(main.includes(text), `the page does not show ${text}`);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: new URL("docs-training-status.png", screenshots).pathname });
    await page.getByText("default", { exact: true }).first().click();
    await page.getByText("x-ms-error-code").first().waitFor({ timeout: 10_000 });
  });

  it("shows train's 202 with its operation-Location header", async () => {
    await open("Face List Operations", "Train LargeFaceList");
    await page.getByText("operation-Location").first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: new URL("docs-train.png", screenshots).pathname });
  });
});
