// web/ in headless Chromium: the seed facts loaded with the file picker, the seed story typed,
// exactly the Dermer title-mismatch underlined and listed, its fix taken, nothing left; then,
// with the server stopped, the page reloaded from its offline copy still checks.
// Run from the repository's root: node scripts/browser-test/browser.mjs
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const SEED = "fixtures/seed-blinken-gaza";
const OUT = "target/browser-test";
const WRONG = "Israeli of Strategic Affairs";
const RIGHT = "Israeli Minister of Strategic Affairs";
// Debian's chromium; the flags keep it from reaching out to a network this machine does not have
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".yaml": "text/yaml",
  ".txt": "text/plain",
};

// web/ on a free localhost port.
async function serveWeb() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join("web", path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

function check(condition, what) {
  if (!condition) throw new Error(what);
  console.log(`ok: ${what}`);
}

async function checked(page) {
  await page.waitForFunction(() => {
    const status = document.getElementById("status").dataset.state;
    return status === "checked" || status === "failed";
  });
}

async function findings(page) {
  return page.$$eval("#findings li", (items) =>
    items.map((li) => ({
      code: li.querySelector(".code").textContent,
      text: li.querySelector(".text").textContent,
      fact: li.querySelector(".fact")?.textContent ?? "",
    })),
  );
}

// The first underline lies wholly inside the editor's visible box.
function underlineInView() {
  const mark = document.querySelector("#backdrop mark")?.getBoundingClientRect();
  const editor = document.getElementById("story").getBoundingClientRect();
  return mark !== undefined && mark.height > 0 && mark.top >= editor.top && mark.bottom <= editor.bottom;
}

const marks = (page) => page.$$eval("#backdrop mark", (ms) => ms.map((m) => m.textContent));
const inputErrors = (page) => page.$$eval("#errors li", (items) => items.map((li) => li.textContent));

async function typeSeedStoryAndFix(page, story) {
  await page.setInputFiles("#facts-file", `${SEED}/facts.yaml`);
  await page.waitForFunction(() => document.getElementById("facts-status").textContent === "Facts: facts.yaml");
  await page.click("#story");
  await page.keyboard.type(story);
  await page.waitForFunction((text) => document.getElementById("story").value === text, story);
  await checked(page);
  check((await inputErrors(page)).length === 0, "the facts load without errors");
  const found = await findings(page);
  check(found.length === 1, `exactly one finding (got ${JSON.stringify(found)})`);
  check(found[0].code === "title-mismatch" && found[0].text === WRONG, `it is the Dermer title-mismatch`);
  check(found[0].fact.startsWith("facts.yaml:10") && found[0].fact.includes(`title: ${RIGHT}`), "it quotes the facts line");
  check(JSON.stringify(await marks(page)) === JSON.stringify([WRONG]), "the one span is underlined");
  await page.click("#findings li .message");
  await page.waitForFunction(underlineInView);
  const selected = await page.$eval("#story", (s) => s.value.slice(s.selectionStart, s.selectionEnd));
  check(selected === WRONG, "a click on the finding selects its span and scrolls the underline into view");
  await page.screenshot({ path: `${OUT}/finding.png`, fullPage: true });

  await page.click("#findings li button.fix");
  await checked(page);
  const fixed = await page.inputValue("#story");
  check(fixed === story.replace(WRONG, RIGHT), "the fix puts the missing word in, and nothing else changes");
  check((await findings(page)).length === 0 && (await marks(page)).length === 0, "the finding is cleared");
  check((await page.textContent("#status")) === "No findings", "the status says so");
  await page.screenshot({ path: `${OUT}/fixed.png`, fullPage: true });
}

async function exampleWorksOffline(page, server) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await closed;
  await page.reload();
  await checked(page);
  await page.click("#example");
  await page.waitForFunction(() => document.getElementById("story").value.length > 0);
  await checked(page);
  const found = await findings(page);
  check(found.length === 1 && found[0].text === WRONG, "offline, the reloaded page still checks the example");
  await page.screenshot({ path: `${OUT}/offline.png`, fullPage: true });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const story = readFileSync(`${SEED}/story.txt`, "utf8");
  const server = await serveWeb();
  const profile = mkdtempSync(join(tmpdir(), "factlint-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const pageErrors = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await checked(page);
    await typeSeedStoryAndFix(page, story);
    await exampleWorksOffline(page, server);
    check(pageErrors.length === 0, `no script errors on the page ${JSON.stringify(pageErrors)}`);
  } finally {
    await context.close();
    if (server.listening) server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`browser test passed; screenshots in ${OUT}/`);
}

main().catch((e) => {
  console.error(`FAIL browser test: ${e.message}`);
  process.exit(1);
});
