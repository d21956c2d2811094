// The checker compiled to WebAssembly (web/pkg/, as the page loads it) gives exactly the
// CLI's `check --isolated --format json` on every fixture, with and without --unsourced, and
// the same errors for facts that do not load. Each finding's UTF-16 span must hold its text.
// Run from the repository's root: node scripts/browser-test/fixtures.mjs CLI_BINARY
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { initSync, Facts } from "../../web/pkg/factlint_wasm.js";

const cli = process.argv[2];
initSync({ module: readFileSync("web/pkg/factlint_wasm_bg.wasm") });

function cliJson(args) {
  try {
    return JSON.parse(execFileSync(cli, ["check", "--isolated", "--format", "json", ...args], { encoding: "utf8" }));
  } catch (e) {
    // exit 1 (findings) and 2 (input errors) still print the JSON
    if (e.stdout) return JSON.parse(e.stdout);
    throw e;
  }
}

function wasmJson(factsPath, storyPath, unsourced) {
  const facts = new Facts([{ name: factsPath, text: readFileSync(factsPath, "utf8") }]);
  const story = readFileSync(storyPath, "utf8");
  const out = facts.check(story, { path: storyPath, unsourced });
  facts.free();
  return { out, story };
}

// the UTF-16 offsets are the wasm's addition: checked against the text, then set aside
function withoutUtf16Spans(out, story) {
  const problems = [];
  const findings = out.findings.map(({ start_utf16, end_utf16, ...cliFields }) => {
    if (story.slice(start_utf16, end_utf16) !== cliFields.text) {
      problems.push(`span ${start_utf16}..${end_utf16} does not hold "${cliFields.text}"`);
    }
    return cliFields;
  });
  return { json: { ...out, findings }, problems };
}

function compare(name, factsPath, storyPath, unsourced) {
  const want = cliJson([...(unsourced ? ["--unsourced"] : []), "--facts", factsPath, storyPath]);
  const { out, story } = wasmJson(factsPath, storyPath, unsourced);
  const { json: got, problems } = withoutUtf16Spans(out, story);
  if (!isDeepStrictEqual(got, want)) {
    problems.push(`differs from the CLI\n  cli:  ${JSON.stringify(want)}\n  wasm: ${JSON.stringify(got)}`);
  }
  for (const p of problems) console.error(`FAIL ${name} (unsourced: ${unsourced}): ${p}`);
  return problems.length === 0;
}

const cases = [];
for (const dir of readdirSync("fixtures").sort()) {
  const folder = `fixtures/${dir}`;
  // fixtures/data/ holds the importers' source data, no story
  if (dir === "data" || !statSync(folder).isDirectory()) continue;
  const story = ["story.txt", "story.md"].map((f) => `${folder}/${f}`).find(existsSync);
  if (!story) throw new Error(`${folder} has no story`);
  for (const unsourced of [false, true]) cases.push([dir, `${folder}/facts.yaml`, story, unsourced]);
}

mkdirSync("target/browser-test", { recursive: true });
const badFacts = "target/browser-test/bad-facts.yaml";
writeFileSync(badFacts, "people:\n  - name: Ron Dermer\n    titel: Minister\n");
cases.push(["bad facts", badFacts, "fixtures/seed-blinken-gaza/story.txt", false]);

const failed = cases.filter((c) => !compare(...c)).length;
const fixtures = new Set(cases.map((c) => c[0])).size - 1;
console.log(`wasm vs CLI JSON on ${fixtures} fixtures and bad facts: ${cases.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
