/**
 * Photo captions by their form (part of the line forms, `forms.ts`): closed by a credit in
 * brackets or without them, or opened by a caption label or an agency's "file photo".
 */
import { CAPTION_MIN_WORDS } from './constants';

/**
 * A photo caption of any length closed by its credit: "… in the 14th century (Image: GETTY)",
 * "(Picture: EPA)", "(Фото: ТАСС)", or the credit glued on as "…last week.Credit...Name/Agency".
 */
const CAPTION_CREDIT =
  /\((?:image|images|photo|photos|picture|pic|credit|фото|fot\.|foto|zdjęcie|φωτο)\s*:[^()]{1,80}\)\s*$|[\p{Ll}.]Credit\.\.\.\p{Lu}/iu;

/**
 * A photo caption closed by its credit without brackets: "… at the festival. Photo: Jonathan
 * Nackstrand/AFP", "… Foto: Swen Pfoertner/Reuters", "… saluda a su homólogo. EFE/ J.J. Guillén",
 * "Ronnie Wraith. Credits: Instagram." The label is capitalised, or an agency in capitals signs
 * the photographer's name after a slash; looked for only when a ":" or "/" is among the last
 * TRAILING_CREDIT_CHARS characters.
 */
const TRAILING_CREDIT =
  /(?:^|[\s.,;])(?:Photo|Photos|Foto|Fotos|Фото|Bild|Image|Credit|Credits|Crédito|Crédit|Zdjęcie)\s*:\s*[^:!?]{2,60}$|\s\p{Lu}{2,10}(?:-\p{Lu}{2,10})?\/\s?\p{Lu}(?:\p{Ll}|\.)[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\.?$/gu;
const TRAILING_CREDIT_CHARS = 70;
/** The credit patterns are tried from this many characters before the last TRAILING_CREDIT_CHARS. */
const CREDIT_LEAD_CHARS = 25;
/**
 * A caption closed by a picture library or agency photo credit after a slash or in brackets:
 * "… приобрети красную посуду / shutterstock", "… Nicky J Sims/Getty Images Europe", "…
 * starting on March 12. (Unsplash)". Bare agencies ("(AP)", "(ANI)") also sign articles.
 */
const PICTURE_CREDIT =
  /(?:\/\s?|\(\s?)(?:Getty|Shutterstock|shuttertock|iStock|Unsplash|Pexels|Pixabay|Alamy|AP Photo)[\p{L}\s.]{0,25}\)?\.?$/giu;

/**
 * A picture credit after a "/" or in brackets closing the line, or a ":" or "/" among the last
 * TRAILING_CREDIT_CHARS characters and TRAILING_CREDIT.
 */
function endsWithCredit(text: string): boolean {
  const from = text.length - TRAILING_CREDIT_CHARS;
  // Searched from `from` on only: a paragraph without a ":" is not read twice more, and the
  // patterns (global, tried from `lastIndex`) do not try every position of a long line.
  const slash = text.indexOf('/', from) >= 0;
  const at = Math.max(0, from - CREDIT_LEAD_CHARS);
  if (slash || text.endsWith(')')) {
    PICTURE_CREDIT.lastIndex = at;
    if (PICTURE_CREDIT.test(text)) return true;
  }
  if (!slash && text.indexOf(':', from) < 0) return false;
  TRAILING_CREDIT.lastIndex = at;
  return TRAILING_CREDIT.test(text);
}

/**
 * A photo caption by its opening: "FILE PHOTO: Traders work…", "Image: Jose Mourinho has…", the
 * label a page-to-text conversion glues to it ("Media captionDrone footage shows…"), an
 * agency's "This March 28, 2017, file photo, provided by…", "This illustration of… shows…".
 * Anchored, so it fails at the first unit of most lines; "file photo" further in is found by
 * a plain substring search for "file " (no regex over every long line).
 */
const CAPTION_OPENING =
  /^(?:file (?:photo|image|picture)\b|(?:media|image|video|photo|picture) caption|(?:photo|image|picture|foto|фото)s?\s*:|(?:in )?this\b[^.!?]{0,60}?\b(?:photo|photograph|image|illustration|picture)\b)/iu;
const FILE_NOUN = /^(?:photo|image|picture)/;
/** A caption label glued on however short the caption: "Media captionWho is Julian Assange?". */
const GLUED_CAPTION_LABEL = /^(?:Media|Image|Video|Photo|Picture) caption\p{Lu}/u;

/** A caption by its opening, or an agency's "file photo" anywhere in the line. */
function isCaptionOpening(text: string): boolean {
  if (CAPTION_OPENING.test(text)) return true;
  for (let at = text.indexOf('file '); at >= 0; at = text.indexOf('file ', at + 5)) {
    if (FILE_NOUN.test(text.slice(at + 5, at + 12))) return true;
  }
  return false;
}

/**
 * A photo caption: closed by its credit (`last`: the line's last non-space unit; `glued`: it
 * holds "Credit..."), or, from CAPTION_MIN_WORDS words, opened like one or closed by an
 * unbracketed credit; a shorter line only with a glued caption label (shorter "Photo: Reuters"
 * lines are credits).
 */
export function isCaption(text: string, words: number, last: number, glued: boolean): boolean {
  if ((last === 0x29 || glued) && CAPTION_CREDIT.test(text)) return true;
  if (words < CAPTION_MIN_WORDS) return GLUED_CAPTION_LABEL.test(text);
  return isCaptionOpening(text) || endsWithCredit(text);
}
