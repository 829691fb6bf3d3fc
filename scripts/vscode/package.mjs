// `npm run package`: clean production build, then `vsce package --no-dependencies` (everything is
// bundled by esbuild) into scrapemark-<version>.vsix at the repository root.
// Usage: node scripts/vscode/package.mjs [--out <file.vsix>]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0)
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${r.status})`);
}

/** Builds and packages; returns the VSIX path. */
export function packageVsix(out) {
  const { name, version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.resolve(out ?? path.join(repoRoot, `${name}-${version}.vsix`));
  const t0 = Date.now();
  // Stale development bundles and source maps must not end up in the package.
  rmSync(path.join(repoRoot, 'dist'), { recursive: true, force: true });
  run(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--production']);
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix]);
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
