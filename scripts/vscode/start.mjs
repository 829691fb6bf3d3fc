// `npm start`: build, then serve VS Code (code-server) on 127.0.0.1 with the extension loaded from
// this checkout on samples/, until Ctrl-C. Open the printed URL in a browser; after a rebuild
// (`npm run build`), run "Developer: Reload Window" to load the new bundle.
// Usage: node scripts/vscode/start.mjs [--port <n>] [--folder <dir>] [--no-build]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  createRunDir,
  remoteUri,
  removeRunDir,
  seedSettings,
  startCodeServer,
  workbenchUrl,
} from './codeserver.mjs';
import { repoRoot } from './paths.mjs';
import { ensureSetup } from './setup.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SCRAPEMARK_PORT ?? '0' },
    folder: { type: 'string', default: path.join(repoRoot, 'samples') },
    'no-build': { type: 'boolean', default: false },
  },
});

ensureSetup();
if (!values['no-build']) {
  const t = Date.now();
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`[start] built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const dirs = createRunDir('start');
seedSettings(dirs, { 'workbench.secondarySideBar.defaultVisibility': 'hidden' });
// The smoke-test driver flag is needed here too: without it a built VS Code ignores
// extensionDevelopmentPath and the extension never loads.
const server = await startCodeServer(dirs, { port: Number(values.port) });
const folder = path.resolve(values.folder);
const url = workbenchUrl(server, folder, [
  ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
]);
console.log(
  `[start] VS Code ${path.basename(folder)}/ with Scrapemark from this checkout:\n\n  ${url}\n`,
);
console.log('[start] Ctrl-C stops the server.');

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping');
  await server.stop();
  removeRunDir(dirs);
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown());
await server.exited;
if (!stopping) {
  console.error(
    `[start] code-server exited:\n${server.output().split('\n').slice(-15).join('\n')}`,
  );
  removeRunDir(dirs);
  process.exit(1);
}
