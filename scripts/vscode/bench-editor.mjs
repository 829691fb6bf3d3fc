// Editor benchmarks inside the real VS Code (code-server + chromium, offline): runs the
// `performance` integration suite (test/integration/perf.test.ts, skipped in normal runs) and
// prints its figures. Usage: npm run bench:editor   (builds first; takes a few minutes on 2 cores)
// What each figure measures is written in perf.test.ts and docs (src/editor/README.md).
import { pathToFileURL } from 'node:url';
import { runIntegrationTests } from './run-tests.mjs';

/** The benchmarks open a 10 MB file; its full analysis alone takes a while on a shared machine. */
const BENCH_TIMEOUT_S = 1200;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.on('error', () => {});
  const r = await runIntegrationTests({
    grep: '^performance ',
    timeoutS: BENCH_TIMEOUT_S,
    env: { SCRAPEMARK_PERF: '1', SCRAPEMARK_TEST_TIMEOUT_MS: String(BENCH_TIMEOUT_S * 1000) },
    output: () => {},
  });
  const lines = r.results.split('\n');
  const perf = lines.filter((l) => l.startsWith('perf: ')).map((l) => l.slice(6));
  console.log(
    `Editor benchmarks in VS Code ${r.version ?? '?'} (code-server), ${new Date().toISOString()}`,
  );
  for (const l of perf) console.log(`  ${l}`);
  const failures = lines.filter((l) => /^\s+FAIL\b/.test(l) || /^\s{6}/.test(l));
  if (r.code !== 0) {
    console.log(failures.join('\n'));
    console.log(lines.slice(-1)[0]);
  }
  console.log(`[bench:editor] ${r.code === 0 ? 'done' : 'FAILED'} in ${r.seconds.toFixed(0)} s`);
  process.exitCode = r.code;
}
