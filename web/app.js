// The page: a story checked against the loaded facts as it is typed, by the checker compiled
// to WebAssembly (crates/factlint-wasm). Findings are underlined in a layer behind the
// textarea that holds the same text, and listed with their facts line and fix.
import init, { Facts } from "./pkg/factlint_wasm.js";

// long enough that a check waits for a pause in typing, short enough to feel immediate
const CHECK_DELAY_MS = 250;
const EXAMPLE = { facts: "pkg/seed/facts.yaml", story: "pkg/seed/story.txt", name: "example-facts.yaml" };

const $ = (id) => document.getElementById(id);
const story = $("story");
const backdrop = $("backdrop");
const statusLine = $("status");
const findingsList = $("findings");
const errorsList = $("errors");

let facts = null; // the loaded Facts (wasm), checked against many times
let factsFiles = []; // [{name, text}] as loaded, to quote a finding's facts line
let checked = { text: null, findings: [] }; // the last check, and the text it was of
let timer = 0;

async function main() {
  await init();
  registerServiceWorker();
  story.addEventListener("input", schedule);
  story.addEventListener("scroll", () => (backdrop.scrollTop = story.scrollTop));
  document.addEventListener("selectionchange", showFindingAtCaret);
  for (const id of ["published", "markdown", "unsourced"]) $(id).addEventListener("change", check);
  $("facts-file").addEventListener("change", loadPickedFacts);
  $("example").addEventListener("click", loadExample);
  new ResizeObserver(() => renderHighlights()).observe(story);
  const factsText = await fetchText(EXAMPLE.facts);
  useFacts([{ name: EXAMPLE.name, text: factsText }], `${EXAMPLE.name} (the example; load yours)`);
}

function registerServiceWorker() {
  if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
    navigator.serviceWorker.register("sw.js").catch((e) => console.warn("offline copy unavailable:", e));
  }
}

async function fetchText(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.text();
}

async function loadPickedFacts(event) {
  const picked = [...event.target.files];
  if (picked.length === 0) return;
  const files = await Promise.all(picked.map(async (f) => ({ name: f.name, text: await f.text() })));
  event.target.value = ""; // picking the same file again (after editing it) reloads it
  useFacts(files, files.map((f) => f.name).join(", "));
}

async function loadExample() {
  const [factsText, storyText] = await Promise.all([fetchText(EXAMPLE.facts), fetchText(EXAMPLE.story)]);
  useFacts([{ name: EXAMPLE.name, text: factsText }], EXAMPLE.name);
  story.value = storyText;
  check();
}

function useFacts(files, label) {
  facts?.free();
  facts = new Facts(files);
  factsFiles = files;
  const failed = facts.errors().errors.length > 0;
  $("facts-status").textContent = failed ? `${label}: did not load` : `Facts: ${label}`;
  $("facts-status").classList.toggle("failed", failed);
  check();
}

function options() {
  return {
    path: $("markdown").checked ? "story.md" : "story.txt",
    published: $("published").value || undefined,
    unsourced: $("unsourced").checked,
  };
}

// After a pause in typing; meanwhile the old findings stay drawn but cannot be applied.
function schedule() {
  clearTimeout(timer);
  setStatus("pending", "Checking…");
  for (const button of findingsList.querySelectorAll("button")) button.disabled = true;
  timer = setTimeout(check, CHECK_DELAY_MS);
}

function check() {
  clearTimeout(timer);
  if (!facts) return;
  const text = story.value;
  const out = facts.check(text, options());
  checked = { text, findings: out.findings };
  renderHighlights();
  renderErrors(out.errors);
  findingsList.replaceChildren(...out.findings.map(findingItem));
  setStatus("checked", summary(out));
  showFindingAtCaret();
}

function summary({ findings, errors }) {
  if (errors.length > 0) return `Not checked: ${plural(errors.length, "input error")}`;
  if (findings.length === 0) return "No findings";
  const counts = ["error", "warning", "note"]
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length])
    .filter(([, n]) => n > 0);
  return counts.map(([severity, n]) => plural(n, severity)).join(", ");
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function setStatus(state, text) {
  statusLine.dataset.state = state;
  statusLine.textContent = text;
}

// The checked text behind the textarea, each finding's span a <mark>; an overlapping span
// is left to the list.
function renderHighlights() {
  const { text, findings } = checked;
  if (text === null) return;
  const parts = [];
  let at = 0;
  findings.forEach((f, index) => {
    if (f.start_utf16 < at) return;
    const mark = document.createElement("mark");
    mark.className = f.severity;
    mark.dataset.index = index;
    mark.textContent = text.slice(f.start_utf16, f.end_utf16);
    parts.push(text.slice(at, f.start_utf16), mark);
    at = f.end_utf16;
  });
  // a final line break in a textarea still takes a line: the extra one keeps the heights equal
  parts.push(text.slice(at) + "\n");
  backdrop.replaceChildren(...parts);
  backdrop.scrollTop = story.scrollTop;
}

function renderErrors(errors) {
  errorsList.replaceChildren(
    ...errors.map((e) => {
      const where = e.line ? `${e.path}:${e.line}:${e.column}` : e.path;
      return element("li", {}, element("strong", {}, where), ` ${e.message}`, e.help ? element("p", {}, e.help) : "");
    }),
  );
}

function findingItem(f, index) {
  const item = element(
    "li",
    { className: `finding ${f.severity}` },
    element("div", { className: "head" }, element("span", { className: "code" }, f.code), ` line ${f.line}, column ${f.column}`),
    element("p", { className: "message" }, f.message),
    element("q", { className: "text" }, f.text),
    f.fact ? factLine(f.fact) : "",
    f.help ? element("p", { className: "help" }, f.help) : "",
  );
  item.dataset.index = index;
  if (f.replacement !== undefined) {
    const fix = element("button", { type: "button", className: "fix" }, `Replace with “${f.replacement}”`);
    fix.addEventListener("click", () => applyFix(f));
    item.append(fix);
  }
  item.addEventListener("click", (event) => {
    if (event.target.tagName !== "BUTTON") select(f, index);
  });
  return item;
}

// `facts.yaml:10` and that line of the facts, as loaded.
function factLine(fact) {
  const file = factsFiles.find((f) => f.name === fact.path);
  const line = file?.text.split(/\r\n|\r|\n/)[fact.line - 1]?.trim() ?? "";
  return element(
    "p",
    { className: "fact" },
    element("span", { className: "where" }, `${fact.path}:${fact.line}`),
    " ",
    element("code", {}, line),
  );
}

// The finding's span selected and scrolled to a third of the way down the editor: a textarea
// does not scroll to a selection made by script.
function select(f, index) {
  if (story.value !== checked.text) return;
  story.focus();
  story.setSelectionRange(f.start_utf16, f.end_utf16);
  const mark = backdrop.querySelector(`mark[data-index="${index}"]`);
  if (mark) {
    story.scrollTop = Math.max(0, mark.offsetTop - story.clientHeight / 3);
    backdrop.scrollTop = story.scrollTop;
  }
}

// The replacement typed in place of the span, so the browser's undo takes it back.
function applyFix(f) {
  if (story.value !== checked.text) return;
  story.focus();
  story.setSelectionRange(f.start_utf16, f.end_utf16);
  if (!document.execCommand("insertText", false, f.replacement)) {
    story.setRangeText(f.replacement, f.start_utf16, f.end_utf16, "end");
  }
  check();
}

// The finding under the caret, marked in the list and in the text.
function showFindingAtCaret() {
  if (document.activeElement !== story || story.value !== checked.text) return;
  const caret = story.selectionStart;
  const index = checked.findings.findIndex((f) => f.start_utf16 <= caret && caret <= f.end_utf16);
  for (const el of document.querySelectorAll(".current")) el.classList.remove("current");
  if (index < 0) return;
  for (const el of document.querySelectorAll(`[data-index="${index}"]`)) el.classList.add("current");
  findingsList.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: "nearest" });
}

function element(tag, props, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

main().catch((e) => {
  setStatus("failed", `The checker did not start: ${e.message}`);
  throw e;
});
