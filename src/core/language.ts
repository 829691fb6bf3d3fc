/** Language detection. STUB: owned by the boilerplate work. */
export function detectLanguage(_text: string): string {
  return 'und';
}
