// Helpers for the per-rule grammar tests: which spans of a text carry a given Scrapemark scope.
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, tokenize } from './grammarHarness';

let grammar: Promise<IGrammar> | undefined;

export function sharedGrammar(): Promise<IGrammar> {
  grammar ??= loadGrammar();
  return grammar;
}

/**
 * The texts of the maximal runs of adjacent tokens (on one line) that carry the scope
 * `scrapemark.<kind>` at least `depth` times (depth 2: a quote inside a quote).
 */
export async function spans(text: string, kind: string, depth = 1): Promise<string[]> {
  const scope = `scrapemark.${kind}`;
  const tokens = tokenize(await sharedGrammar(), text);
  const out: string[] = [];
  let last: { line: number; end: number } | undefined;
  for (const t of tokens) {
    if (t.scopes.filter((s) => s === scope).length < depth) continue;
    if (last && last.line === t.line && last.end === t.start) out[out.length - 1] += t.text;
    else out.push(t.text);
    last = { line: t.line, end: t.end };
  }
  return out;
}
