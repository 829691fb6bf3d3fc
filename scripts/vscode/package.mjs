// `npm run package`: production build and `vsce package --no-dependencies` (everything is
// bundled by esbuild) into scrapemark-<version>.vsix at the repository root. Both happen in a
// staging copy, so the checkout's dist/ (the development build) is never touched.
// Usage: node scripts/vscode/package.mjs [--out <file.vsix>]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

/** Never copied to the staging folder (.vscodeignore decides what the VSIX gets from the rest). */
const NOT_STAGED = new Set(['.git', 'node_modules', 'dist', 'out', '.tools', '.vscode-test']);

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0)
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${r.status})`);
}

/** Builds and packages; returns the VSIX path. */
export function packageVsix(out) {
  const { name, version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.resolve(out ?? path.join(repoRoot, `${name}-${version}.vsix`));
  const t0 = Date.now();
  const stage = mkdtempSync(path.join(tmpdir(), 'scrapemark-package-'));
  try {
    for (const entry of readdirSync(repoRoot)) {
      if (NOT_STAGED.has(entry) || entry.endsWith('.vsix')) continue;
      cpSync(path.join(repoRoot, entry), path.join(stage, entry), { recursive: true });
    }
    run(
      process.execPath,
      [
        path.join(repoRoot, 'scripts', 'build.mjs'),
        '--production',
        '--dist',
        path.join(stage, 'dist'),
      ],
      repoRoot,
    );
    const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
    run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  const kb = (statSync(vsix).size / 1024).toFixed(1);
  console.log(
    `[package] ${path.relative(repoRoot, vsix)}: ${kb} KiB in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return vsix;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  try {
    packageVsix(values.out);
  } catch (err) {
    console.error(`[package] ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
