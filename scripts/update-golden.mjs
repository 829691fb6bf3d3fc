#!/usr/bin/env node
// Rewrites test/fixtures/golden/<seed>.lines.json from the current line classifier, one file per
// sample in samples/. The golden files are hand-checked labels: after running this, review the
// diff line by line (`git diff test/fixtures/golden`) and commit only changes you agree with.
// A line whose kind the reviewer corrected carries "kindNote" and keeps the reviewed kind; the
// golden test checks the label of every line and the kind of every line without a note.
//
//   npm run update-golden            all samples
//   npm run update-golden -- 003     samples whose name starts with 003
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './core-bundle.mjs';

const { classifyLines, detectLanguage } = await loadCore();
const samples = path.join(root, 'samples');
const out = path.join(root, 'test', 'fixtures', 'golden');
const only = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
let changed = 0;
for (const name of fs
  .readdirSync(samples)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  if (only.length && !only.some((p) => name.startsWith(p))) continue;
  const text = fs.readFileSync(path.join(samples, name), 'utf8');
  const language = detectLanguage(text);
  const lines = classifyLines(text, { language }).map((l) => ({
    line: l.line,
    label: l.label,
    kind: l.kind,
    text: excerpt(text.slice(l.span.start, l.span.end)),
  }));
  const file = path.join(out, name.replace(/\.txt$/, '.lines.json'));
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  // Lines where the reviewer disagreed with the classifier's kind keep the reviewed kind and note.
  const reviewed = new Map(
    (before ? JSON.parse(before).lines : []).filter((l) => l.kindNote).map((l) => [l.line, l]),
  );
  for (const l of lines) {
    const r = reviewed.get(l.line);
    if (r) Object.assign(l, { kind: r.kind, kindNote: r.kindNote });
  }
  const json = serialize({ source: `samples/${name}`, language, lines });
  if (before !== json) {
    fs.writeFileSync(file, json);
    changed++;
    console.log(`updated ${path.relative(root, file)}`);
  }
}
console.log(
  changed ? `${changed} file(s) changed: review the diff by hand.` : 'golden files are up to date',
);

/** One line per classified line, so that a diff shows exactly which lines changed. */
function serialize(doc) {
  const rows = doc.lines.map((l) => `  ${JSON.stringify(l)}`);
  return `{\n "source": ${JSON.stringify(doc.source)},\n "language": ${JSON.stringify(doc.language)},\n "lines": [\n${rows.join(',\n')}\n ]\n}\n`;
}

/** The first 60 characters of a line, whitespace collapsed (for reviewing diffs; not compared). */
function excerpt(s) {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
