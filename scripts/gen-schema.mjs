// Generates schemas/scrapemark.schema.json from the zod schema in src/sidecar/schema.ts (the single
// source of truth). Usage: node scripts/gen-schema.mjs [--check]   (--check: exit 1 when stale)
import * as esbuild from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';

const OUT = 'schemas/scrapemark.schema.json';

const bundle = await esbuild.build({
  entryPoints: ['src/sidecar/schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const options = (await prettier.resolveConfig(OUT)) ?? {};
const text = await prettier.format(JSON.stringify(mod.toJsonSchema(), null, 2), {
  ...options,
  parser: 'json',
});

if (process.argv.includes('--check')) {
  const current = await readFile(OUT, 'utf8').catch(() => '');
  if (current !== text) {
    console.error(`${OUT} is out of date: run npm run gen-schema`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date`);
} else {
  await writeFile(OUT, text);
  console.log(`wrote ${OUT}`);
}
