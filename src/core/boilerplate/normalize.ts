/**
 * cc_net's normalisation for duplicate detection (facebookresearch/cc_net, normalize_for_dedup):
 * lower case, every digit → 0, punctuation and symbols removed, whitespace collapsed. Here
 * punctuation becomes a space (so "log in|register" keeps its words apart). "World 11:01" and
 * "World 10:16" both become "world 00 00". One pass over the characters.
 */
import { wordClass } from './chars';

export function normalizeLine(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let runStart = -1;
  let pendingSpace = false;
  for (let i = 0; i <= lower.length; i++) {
    const cls = i < lower.length ? wordClass(lower.charCodeAt(i)) : 0;
    if (cls === 1) {
      if (runStart < 0) {
        if (pendingSpace && out) out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      continue;
    }
    if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
    }
    if (cls === 2) {
      if (pendingSpace && out) out += ' ';
      pendingSpace = false;
      out += '0';
    } else pendingSpace = true;
  }
  return out;
}
