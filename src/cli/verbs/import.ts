/** `scrapemark import --format brat [--force] [--by NAME] [--pattern P] <file.ann|dir|glob>...` */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fromBrat } from '../../sidecar/export/brat-import';
import { serializeSidecar, sidecarPathFor, sourcePathField } from '../../sidecar/index';
import { readSource } from '../files';
import { expandInputs } from '../glob';
import { parseCorpusArgs } from '../parallel-verb';
import type { Verb } from '../verb';
import { writeFileAtomic } from '../write';
import { isSourceError } from './sidecar-io';

async function annFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.ann')) files.push(p);
    }
  };
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) missing.push(p);
    else if (stat.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, missing };
}

export const importVerb: Verb = {
  name: 'import',
  summary: 'import brat standoff (.ann beside its .txt) into sidecars',
  usage:
    'scrapemark import --format brat [--force] [--by NAME] [--pattern P] <file.ann|dir|glob>...',
  help: [
    '  --format brat   the only import format: X.ann annotates X.txt (same folder)',
    '  --force         replace an existing sidecar (otherwise the file is skipped with an error)',
    '  --by NAME       author of annotations that carry none (default brat-import)',
    '  --pattern P     sidecar file name pattern (default {name}.scrapemark.yaml)',
    '',
    'Files written by `scrapemark export --format brat` come back with their ids, status, authors,',
    'values and speakers. Other brat files: Body/Boilerplate become segments, Meta_<field> and any',
    'other entity type metadata, Quote quotes (with Speaker/Cue relations). A T line whose text is',
    'not at its offsets is reported and left out; E, N and * lines are not imported.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCorpusArgs(args, ['--force'], ['--format', '--by']);
    const usage = (m: string) => {
      io.err(`scrapemark import: ${m}\nusage: ${importVerb.usage}\n`);
      return 2;
    };
    if (typeof parsed === 'string') return usage(parsed);
    if (parsed.values.get('--format') !== 'brat') return usage('--format brat is required');
    const by = parsed.values.get('--by') ?? 'brat-import';
    const { paths, errors } = await expandInputs(parsed.paths, parsed.filesFrom);
    const { files, missing } = await annFiles(paths);
    let failed = errors.length + missing.length > 0;
    for (const e of errors) io.err(`scrapemark: ${e}\n`);
    for (const m of missing) io.err(`scrapemark: ${m}: no such file or folder\n`);
    for (const ann of files) {
      const source = ann.replace(/\.ann$/, '.txt');
      const sidecarPath = sidecarPathFor(source, parsed.pattern);
      let src;
      try {
        src = await readSource(source);
      } catch (e) {
        if (!isSourceError(e)) throw e;
        io.err(`scrapemark: ${ann}: ${e.message}\n`);
        failed = true;
        continue;
      }
      if (!parsed.flags.has('--force') && (await fs.stat(sidecarPath).catch(() => undefined))) {
        io.err(`scrapemark: ${sidecarPath} exists; not replaced (use --force)\n`);
        failed = true;
        continue;
      }
      const r = fromBrat(
        await fs.readFile(ann, 'utf8'),
        src.text,
        sourcePathField(source),
        by,
        src.bytes,
      );
      for (const p of r.problems) io.err(`${ann}: ${p}\n`);
      if (r.problems.length > 0) failed = true;
      await writeFileAtomic(sidecarPath, serializeSidecar(r.sidecar));
      io.out(`${ann}: ${r.sidecar.annotations.length} annotations → ${sidecarPath}\n`);
    }
    return failed ? 1 : 0;
  },
};
