/**
 * Attribution cue data, one module per language (plain arrays, bundled for Node and the browser).
 * `ALL_CUES` is used when the language is unknown, since mixed-language pages are common.
 */
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { pl } from './pl';
import { ru } from './ru';
import type { CueData } from './types';
import { uk } from './uk';

export type { CueData } from './types';
export const CUES: Readonly<Record<string, CueData>> = { en, de, fr, ru, uk, pl, cs };
