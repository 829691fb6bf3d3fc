// Bundles the pure analysis core (line classifier, language detection, corpus statistics) with
// esbuild into memory and imports it, so scripts can run the current source without a full build.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {Promise<{classifyLines: Function, detectLanguage: Function, buildCorpusStats: Function, findQuotes: Function, extractMetadata: Function}>} */
export async function loadCore() {
  const result = await esbuild.build({
    stdin: {
      contents: [
        "export { classifyLines } from './src/core/boilerplate/index';",
        "export { detectLanguage } from './src/core/language';",
        "export { buildCorpusStats } from './src/core/corpus';",
        "export { findQuotes } from './src/core/quotes/index';",
        "export { extractMetadata } from './src/core/metadata/index';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
