/** News metadata extraction. STUB: owned by the metadata work. */
import type { LineResult, Metadata } from '../types';

export function extractMetadata(_text: string, _lines: readonly LineResult[], _language: string): Metadata {
  return {};
}
