/**
 * Benchmarks inside the real VS Code (opt-in: SCRAPEMARK_PERF=1, run by `npm run bench:editor`).
 * They print figures as `perf:` lines in the results and assert only that highlighting happened,
 * never a time (the machine is shared). Clock: `performance.now()` of the extension host, where
 * both these tests and the extension run. Intervals measured:
 * - activation: inside activate(), from its first line to its return (wiring only);
 * - open → first highlight: from the openTextDocument() call to the end of the first
 *   setDecorations of the document into a visible editor (includes VS Code reading the file and
 *   syncing it to the extension host, the association, the sidecar lookup and the preview);
 * - keystroke: from the TextEditor.edit() call (one character) to the end of the extension's
 *   setDecorations with the shifted ranges (includes the edit's round trip through the workbench);
 *   "handler" is the extension's own part (shift + setDecorations);
 * - edit() resolved: from the edit() call to its promise resolving, in the source and in the same
 *   text saved as a `.log` file Scrapemark does not claim (VS Code's own round trip, for scale);
 * - refresh: from the last keystroke to the repaint after the debounce (sidecar shift settled,
 *   marks rebuilt, painted);
 * - longest host block: the longest gap between two ticks of a `STALL_TICK_MS` timer running in
 *   the extension host from the open to the whole text's paint (overall, and from the first
 *   highlight on: the whole-text analysis), with the analysis steps' own times; and from the last
 *   keystroke to the refresh's repaint.
 * The workbench's rendering of the decorations after setDecorations is not included. A small
 * source is opened first (after activation is measured), so the big files meet a warm JIT.
 */
import * as assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, getApi, waitFor } from './util';
import { ARTICLE, newSource, writeSource } from './sources';

/** Keystrokes timed per document (the median is reported). */
const KEYSTROKES = 21;
/** Waiting limit for a 10 MB file's full analysis on a loaded 2-core machine. */
const BIG_FILE_WAIT_MS = 240_000;

function report(line: string): void {
  const file = process.env.SCRAPEMARK_TEST_RESULTS;
  if (file) appendFileSync(file, `perf: ${line}\n`);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Period of the timer whose late ticks show how long the extension host was blocked. */
const STALL_TICK_MS = 20;

/** Ticks a timer in the extension host; stop() returns the gaps between ticks (end time, length). */
function stallMeter(): { stop(): { at: number; gap: number }[] } {
  const gaps: { at: number; gap: number }[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push({ at: now, gap: now - last });
    last = now;
  }, STALL_TICK_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return gaps;
    },
  };
}

/** About `bytes` of article text (the sample article repeated, each copy numbered). */
function bigText(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let size = 0; size < bytes; n++) {
    const part = ARTICLE.replace('City council', `City council ${n}`);
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n');
}

suite('performance', function () {
  this.timeout(600_000);
  suiteSetup(function () {
    if (!process.env.SCRAPEMARK_PERF) this.skip();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  test('activation', async () => {
    const api = await getApi();
    report(`activation: activate() took ${ms(api.activationMs)} (one sample per extension host)`);
    // Warm-up: the first analysis in a fresh extension host also compiles the analysis code.
    const { uri } = await newSource();
    assert.equal(await api.ready(uri), true);
  });

  for (const mb of [1, 10]) {
    test(`${mb} MB source: open to first highlight, then keystrokes`, async () => {
      const api = await getApi();
      const text = bigText(mb * 1024 * 1024);
      const uri = await writeSource(text);
      const meter = stallMeter();
      const t0 = performance.now();
      const doc = await vscode.workspace.openTextDocument(uri);
      const tDoc = performance.now();
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const tShown = performance.now();
      const first = await waitFor(
        () => api.paints(uri)?.first,
        BIG_FILE_WAIT_MS,
        'the first highlight',
      );
      assert.equal(await api.ready(uri), true);
      const full = api.paints(uri)!.last;
      const gaps = meter.stop();
      assert.ok(full.ranges > 0, 'the full analysis painted ranges');
      const longest = (from: number): number =>
        Math.max(0, ...gaps.filter((g) => g.at > from).map((g) => g.gap));
      const steps = Object.entries(api.getState(uri)?.analysisSteps ?? {})
        .map(([k, v]) => `${k} ${ms(v)}`)
        .join(', ');
      report(
        `${mb} MB: open → first highlight ${ms(first.at - t0)} (${first.kind}, ${first.ranges} ranges; ` +
          `openTextDocument() resolved at ${ms(tDoc - t0)}, showTextDocument() at ${ms(tShown - t0)}); whole text analysed and painted at ${ms(full.at - t0)} (${full.ranges} ranges)`,
      );
      report(
        `${mb} MB: longest extension-host block ${ms(longest(t0))} from the open, ` +
          `${ms(longest(first.at))} after the first highlight (analysis steps: ${steps || 'none'})`,
      );

      const e2e: number[] = [];
      const handler: number[] = [];
      const resolved: number[] = [];
      for (let i = 0; i < KEYSTROKES; i++) {
        const t1 = performance.now();
        await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'x'));
        resolved.push(performance.now() - t1);
        const shifted = await waitFor(
          () => {
            const p = api.paints(uri)?.shift;
            return p && p.at > t1 ? p : undefined;
          },
          BIG_FILE_WAIT_MS,
          'the shifted decorations',
        );
        e2e.push(shifted.at - t1);
        handler.push(shifted.ms);
      }
      const refreshMeter = stallMeter();
      const t2 = performance.now();
      assert.equal(await api.ready(uri), true);
      const refreshed = api.paints(uri)!.last;
      const refreshBlock = Math.max(0, ...refreshMeter.stop().map((g) => g.gap));
      assert.equal(refreshed.kind, 'full');
      const delay = vscode.workspace.getConfiguration('scrapemark').get<number>('highlight.delay');
      report(
        `${mb} MB: keystroke → shifted decorations sent: median ${ms(median(e2e))} ` +
          `(extension handler median ${ms(median(handler))}; ${KEYSTROKES} keystrokes, max ${ms(Math.max(...e2e))})`,
      );
      // The same keystrokes in a file Scrapemark does not claim: VS Code's own round trip.
      const plain = await vscode.window.showTextDocument(
        await vscode.workspace.openTextDocument(await writeSource(text, 'log')),
        { preview: false },
      );
      assert.equal(api.getState(plain.document.uri), undefined, 'the .log file is not a source');
      const baseline: number[] = [];
      for (let i = 0; i < KEYSTROKES; i++) {
        const t1 = performance.now();
        await plain.edit((b) => b.insert(new vscode.Position(2, 0), 'x'));
        baseline.push(performance.now() - t1);
      }
      report(
        `${mb} MB: edit() resolved: median ${ms(median(resolved))} in the source, ` +
          `${ms(median(baseline))} in the same text as an unclaimed .log file (VS Code alone)`,
      );
      report(
        `${mb} MB: refresh after the ${delay} ms debounce: repainted ${ms(refreshed.at - t2)} after the last keystroke ` +
          `(paint ${ms(refreshed.ms)}; longest extension-host block meanwhile ${ms(refreshBlock)})`,
      );
    });
  }
});
