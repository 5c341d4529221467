// Followup — progressive enhancement only: every page works without this file.
// Reviews drafts as the user types (on the server, debounced), previews how the recruiter's
// words were read, copies a draft and keeps the mail link current.
"use strict";

function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

async function postJSON(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(data && data.error ? data.error.message : "the server answered " + response.status);
  }
  return data;
}

// The server counts UTF-8 bytes; the text box counts UTF-16 units.
function indexAtByte(text, byteOffset) {
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byteOffset) {
    const cp = text.codePointAt(i);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function drawHighlights(target, text, findings) {
  // As on the server: findings over most of the text are about the whole message and only listed.
  const length = new TextEncoder().encode(text).length;
  const ranges = findings
    .filter((f) => !(length > 0 && f.end - f.start > length * 0.6))
    .map((f) => ({ start: indexAtByte(text, f.start), end: indexAtByte(text, f.end), severity: f.severity, title: f.rule + " " + f.name }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  target.replaceChildren();
  let position = 0;
  for (const range of ranges) {
    if (range.end <= range.start || range.start < position) continue;
    target.append(document.createTextNode(text.slice(position, range.start)));
    const mark = element("mark", range.severity, text.slice(range.start, range.end));
    mark.title = range.title;
    target.append(mark);
    position = range.end;
  }
  target.append(document.createTextNode(text.slice(position) + "\n"));
}

function drawFindings(container, review) {
  container.replaceChildren();
  const ready = review.ready;
  const errors = review.findings.filter((f) => f.severity === "error").length;
  container.append(element("p", "verdict " + (ready ? "ready" : "fix"),
    ready ? "ready to send" : "fix " + errors + " thing" + (errors === 1 ? "" : "s")));
  const f = review.figures;
  const count = (n, noun) => n + " " + noun + (n === 1 ? "" : "s");
  container.append(element("p", "figures", [count(f.words, "word"), count(f.sentences, "sentence"), count(f.questions, "question")].join(" · ")));
  const list = element("ul");
  for (const finding of review.findings) {
    const item = element("li", "finding " + finding.severity);
    item.append(element("span", "rule", finding.rule + " " + finding.name), " ",
      element("span", "severity", finding.severity),
      " at line " + finding.line + ", column " + finding.column + ": " + finding.message);
    item.append(element("br"), element("span", "suggestion", "Try: " + finding.suggestion));
    list.append(item);
  }
  container.append(list);
}

function setUpReview(form) {
  const textarea = form.querySelector("[data-review-text]");
  const highlights = form.querySelector("[data-highlights]");
  const findings = form.querySelector("[data-findings]");
  const backdrop = form.querySelector(".backdrop");
  if (!textarea || !highlights || !findings) return;
  const field = (name) => { const node = form.elements.namedItem(name); return node && node.value ? node.value : null; };
  const review = debounce(async () => {
    const text = textarea.value;
    try {
      // Fields left empty ("infer from the text", no process) are left out: the API refuses nulls.
      const body = { text };
      for (const [name, value] of [["kind", field("kind")], ["language", field("language")], ["process", form.dataset.process]]) {
        if (value) body[name] = value;
      }
      const result = await postJSON("/api/review", body);
      if (textarea.value !== text) return;
      drawHighlights(highlights, text, result.findings);
      drawFindings(findings, result);
    } catch (error) {
      findings.replaceChildren(element("p", "error", error.message));
    }
  }, 250);
  textarea.addEventListener("input", () => { drawHighlights(highlights, textarea.value, []); review(); });
  textarea.addEventListener("scroll", () => { if (backdrop) backdrop.scrollTop = textarea.scrollTop; });
  for (const name of ["kind", "language"]) {
    const select = form.elements.namedItem(name);
    if (select) select.addEventListener("change", review);
  }
  setUpDraftActions(form, textarea);
}

function setUpDraftActions(form, textarea) {
  const copy = form.querySelector("[data-copy]");
  const status = form.querySelector("[data-copy-status]");
  const mailto = form.querySelector("[data-mailto]");
  const subject = form.elements.namedItem("subject");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(textarea.value);
        if (status) status.textContent = "Copied. Paste it into your mail and send it yourself.";
      } catch (error) {
        textarea.select();
        if (status) status.textContent = "Select the text and copy it with your keyboard.";
      }
    });
  }
  if (mailto && subject) {
    const update = () => {
      const base = mailto.getAttribute("href").split("?")[0];
      mailto.setAttribute("href", base + "?subject=" + encodeURIComponent(subject.value) +
        "&body=" + encodeURIComponent(textarea.value.replace(/\n/g, "\r\n")));
    };
    textarea.addEventListener("input", update);
    subject.addEventListener("input", update);
  }
}

function setUpParse(form) {
  const words = form.elements.namedItem("words");
  const output = form.querySelector("output");
  if (!words || !output) return;
  const zone = form.dataset.zone ? ", end of day in " + form.dataset.zone : "";
  const read = debounce(async () => {
    const text = words.value.trim();
    if (!text) { output.textContent = ""; return; }
    try {
      const reading = await postJSON("/api/parse", { text, process: form.dataset.parse });
      if (words.value.trim() !== text) return;
      output.textContent = reading.kind === "vague"
        ? "Read " + reading.reading + ": no firm date, so the check-in follows the no-timeline rule (P4) from the day it was said."
        : "Read " + reading.reading + zone + ".";
    } catch (error) {
      if (words.value.trim() === text) output.textContent = error.message;
    }
  }, 300);
  words.addEventListener("input", read);
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("form[data-review-form]").forEach(setUpReview);
  document.querySelectorAll("form[data-parse]").forEach(setUpParse);
});
