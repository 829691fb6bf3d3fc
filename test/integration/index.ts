/**
 * Entry point VS Code loads as extensionTestsPath: runs every test/integration/**\/*.test.ts
 * (bundled into out/test/integration/index.js by scripts/build.mjs) with mocha's tdd UI.
 *
 * Result lines go to the file named by SCRAPEMARK_TEST_RESULTS (the extension host's console is
 * not readable from outside), ending with `N passed, N failed`. SCRAPEMARK_TEST_GREP filters
 * tests by title; SCRAPEMARK_TEST_TIMEOUT_MS sets the per-test timeout.
 */
import { appendFileSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { testModules } from 'scrapemark:integration-tests';
import * as vscode from 'vscode';

/** Per-test timeout: generous, because the 2 shared cores also run the workbench and browser. */
const DEFAULT_TEST_TIMEOUT_MS = 20_000;

function writer(): (line: string) => void {
  const file = process.env.SCRAPEMARK_TEST_RESULTS;
  return file ? (line) => appendFileSync(file, `${line}\n`) : (line) => console.log(line);
}

/**
 * Maps bundle positions in a stack to the .ts sources (the extension host replaces Node's own
 * source-mapped stack traces) and drops mocha's internal frames.
 */
function mapStack(stack: string): string {
  return stack
    .split('\n')
    .map((line) =>
      line.replace(/(\/[^\s()]+\.js):(\d+):(\d+)/, (whole, file: string, l: string, c: string) => {
        const entry = findSourceMap(file)?.findEntry(Number(l) - 1, Number(c) - 1);
        if (!entry || !('originalSource' in entry)) return whole;
        const src = entry.originalSource.startsWith('file:')
          ? fileURLToPath(entry.originalSource)
          : entry.originalSource;
        return `${src}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
      }),
    )
    .filter((line) => !/node_modules[\\/]mocha[\\/]/.test(line))
    .join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
}

function makeReporter(write: (line: string) => void): typeof Mocha.reporters.Base {
  return class ResultsReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      const c = Mocha.Runner.constants;
      runner.on(c.EVENT_TEST_PASS, (t) =>
        write(`  ok    ${t.fullTitle()} (${t.duration ?? 0} ms)`),
      );
      runner.on(c.EVENT_TEST_PENDING, (t) => write(`  skip  ${t.fullTitle()}`));
      runner.on(c.EVENT_TEST_FAIL, (t, err: Error) =>
        write(`  FAIL  ${t.fullTitle()}\n${indent(mapStack(err.stack ?? String(err)))}`),
      );
      runner.once(c.EVENT_RUN_END, () => {
        const s = this.stats;
        if (s.pending > 0) write(`${s.pending} skipped`);
        write(`${s.passes} passed, ${s.failures} failed`);
      });
    }
  };
}

export async function run(): Promise<void> {
  const write = writer();
  write(`running in VS Code ${vscode.version}`);
  const timeout = Number(process.env.SCRAPEMARK_TEST_TIMEOUT_MS) || DEFAULT_TEST_TIMEOUT_MS;
  const mocha = new Mocha({ ui: 'tdd', timeout, color: false });
  mocha.reporter(makeReporter(write));
  const grep = process.env.SCRAPEMARK_TEST_GREP;
  if (grep) mocha.grep(grep);

  try {
    for (const [file, load] of testModules) {
      mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, file, mocha);
      await load();
    }
  } catch (err) {
    write(
      `FAIL  loading the tests\n${indent(err instanceof Error ? (err.stack ?? '') : String(err))}`,
    );
    write('0 passed, 1 failed');
    throw err;
  }

  const { failures, total } = await new Promise<{ failures: number; total: number }>((resolve) => {
    const runner = mocha.run((failures) => resolve({ failures, total: runner.total }));
  });
  if (total === 0) throw new Error('no integration tests ran');
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
