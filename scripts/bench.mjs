#!/usr/bin/env node
// Speed and memory of the line classifier (language detection + classifyLines), printed, not
// asserted. Bundles the current core source with esbuild (no full build needed).
//
//   npm run bench
//
// 1. The boilerplate dev set (../shared/eval/boilerplate/docs, read at run time if present): time
//    per document (median, p95) in process, and MB/s over the set; the corpus statistics are
//    built once and timed apart. Then the split of the whole analysis (analyzeText: language,
//    lines, quotes, metadata) per document, median of each part.
// 2. A synthetic 10 MB page (prose paragraphs, menus, timestamps): one classifyLines call.
// 3. Memory: heap retained by the input text and by the result, and RSS, for 1, 2.5, 5 and 10 MB
//    inputs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCore, root } from './core-bundle.mjs';

if (typeof globalThis.gc !== 'function') {
  // Re-run with --expose-gc so that heap figures are not blurred by garbage.
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--no-flush-bytecode', ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(r.status ?? 1);
}

const { classifyLines, detectLanguage, buildCorpusStats, findQuotes, extractMetadata } =
  await loadCore();
const MB = 1024 * 1024;
const ms = (x) => `${x.toFixed(3)} ms`;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function analyse(text, corpus) {
  const language = detectLanguage(text);
  return classifyLines(text, corpus ? { language, corpus } : { language });
}

// ---- 1. dev set
/** `--memory N`: measure one N MB input in this (fresh) process and print one line (section 3). */
const memoryArg = process.argv.indexOf('--memory');
const memoryOnly = memoryArg >= 0;
const devDir = path.resolve(root, '..', 'shared', 'eval', 'boilerplate', 'docs');
if (memoryOnly) {
  // Sections 1 and 2 are skipped.
} else if (fs.existsSync(devDir)) {
  const texts = fs
    .readdirSync(devDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(devDir, f), 'utf8'));
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  let t0 = performance.now();
  const corpus = buildCorpusStats(texts);
  const corpusMs = performance.now() - t0;
  for (const t of texts) analyse(t, corpus); // warm-up
  const runs = 5;
  const perDoc = texts.map(() => Infinity);
  let total = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    texts.forEach((t, i) => {
      const a = performance.now();
      analyse(t, corpus);
      perDoc[i] = Math.min(perDoc[i], performance.now() - a);
    });
    total = Math.min(total, performance.now() - start);
    const c = process.cpuUsage(cpu0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  const sorted = [...perDoc].sort((a, b) => a - b);
  console.log(
    `dev set: ${texts.length} documents, ${(bytes / MB).toFixed(2)} MB (best of ${runs} runs per document)`,
  );
  console.log(`  corpus statistics: ${ms(corpusMs)} once`);
  console.log(
    `  per document: median ${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))}, max ${ms(sorted[sorted.length - 1])}`,
  );
  console.log(
    `  whole set: ${ms(total)} wall, ${ms(cpu)} CPU, ${(bytes / MB / (total / 1000)).toFixed(1)} MB/s`,
  );
  // The whole analysis (what analyzeText runs), part by part.
  const parts = { language: [], lines: [], quotes: [], metadata: [], total: [] };
  for (const k of Object.keys(parts)) parts[k] = texts.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    texts.forEach((t, i) => {
      const a = performance.now();
      const language = detectLanguage(t);
      const b = performance.now();
      const lines = classifyLines(t, { language, corpus });
      const c = performance.now();
      findQuotes(t, lines, language);
      const d = performance.now();
      extractMetadata(t, lines, language);
      const e = performance.now();
      const spans = { language: b - a, lines: c - b, quotes: d - c, metadata: e - d, total: e - a };
      for (const k of Object.keys(parts)) parts[k][i] = Math.min(parts[k][i], spans[k]);
    });
  }
  const median = (xs) =>
    quantile(
      [...xs].sort((x, y) => x - y),
      0.5,
    );
  console.log(
    `  analysis split, median per document: ${Object.keys(parts)
      .map((k) => `${k} ${ms(median(parts[k]))}`)
      .join(', ')}`,
  );
} else {
  console.log(`dev set not found (${path.relative(root, devDir)}): skipped`);
}

// ---- 2. synthetic page
/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const STOP = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'that',
  'is',
  'was',
  'he',
  'for',
  'it',
  'with',
  'as',
  'on',
];
function synthetic(targetBytes, seed = 1) {
  const rand = rng(seed);
  const word = () => {
    if (rand() < 0.4) return STOP[Math.floor(rand() * STOP.length)];
    let w = '';
    const n = 3 + Math.floor(rand() * 7);
    for (let i = 0; i < n; i++) w += String.fromCharCode(97 + Math.floor(rand() * 26));
    return w;
  };
  const parts = [];
  let size = 0;
  while (size < targetBytes) {
    const r = rand();
    let line;
    if (r < 0.5) {
      const n = 20 + Math.floor(rand() * 60);
      const ws = Array.from({ length: n }, word);
      ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
      line = `${ws.join(' ')}.\n`;
    } else if (r < 0.8) line = `  • ${word()} ${word()}\n`;
    else if (r < 0.9)
      line = `${String(Math.floor(rand() * 28) + 1).padStart(2, '0')}.01.2025 ${Math.floor(rand() * 24)}:${String(Math.floor(rand() * 60)).padStart(2, '0')}\n`;
    else line = '\n';
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}
if (!memoryOnly) syntheticPage();

function syntheticPage() {
  const big = synthetic(10 * MB);
  analyse(synthetic(MB, 2)); // warm-up
  let best = Infinity;
  let bestCpu = Infinity;
  let lines = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    lines = analyse(big).length;
    best = Math.min(best, performance.now() - t0);
    const c = process.cpuUsage(cpu0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  console.log(
    `synthetic page: ${(Buffer.byteLength(big) / MB).toFixed(1)} MB, ${lines} lines: ${ms(best)} wall, ${ms(bestCpu)} CPU (best of 3), ${(Buffer.byteLength(big) / MB / (best / 1000)).toFixed(1)} MB/s`,
  );
}

// ---- 3. memory
// Each size is measured in a fresh process: in this one, memory freed by earlier work (code
// flushing, the dev set's garbage) blurs heap differences of a few MB.
if (memoryOnly) {
  const size = Number(process.argv[memoryArg + 1]);
  // V8 sweeps and compiles concurrently: one full GC right after the work may still count pages
  // of garbage (readings of the same input varied fivefold). Collect until two readings a turn
  // of the event loop apart agree within 1 %, at most ten rounds.
  const settledHeap = async () => {
    let last = Infinity;
    for (let i = 0; i < 10; i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 10));
      const now = process.memoryUsage().heapUsed;
      if (Math.abs(now - last) < 0.01 * now) return now;
      last = now;
    }
    return last;
  };
  analyse(synthetic(MB / 4, 2)); // warm-up: code and scratch buffers
  const base = await settledHeap();
  const text = synthetic(size * MB, 3);
  const withText = await settledHeap();
  const result = analyse(text);
  const held = (await settledHeap()) - withText;
  console.log(
    `  ${String(size).padStart(4)} MB input: ${result.length} lines, text ${((withText - base) / MB).toFixed(1)} MB, result ${(held / MB).toFixed(1)} MB (${(held / text.length).toFixed(2)} bytes per input char), RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
  );
} else {
  console.log(
    'memory (heap held by the input text and by the result after GC; RSS of the process):',
  );
  for (const size of [1, 2.5, 5, 10]) {
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1], '--memory', String(size)],
      { encoding: 'utf8' },
    );
    process.stdout.write(r.stdout || `  ${size} MB: failed\n${r.stderr}`);
  }
}
