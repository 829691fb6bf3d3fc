export * from './types';
export { analyzeText, type AnalyzeOptions } from './analyze';
export { buildCorpusStats, type CorpusStats } from './corpus';
export { detectLanguage } from './language';
export { OffsetMap, codePointLength } from './offsets';
