// Tall-man lettering on screen: a look-alike medicine name, wherever it appears in a line of text, is written the way
// the FDA and ISMP lists write it (tall-man-list.js). Pure functions, so node's test runner checks them without a browser.
import { TALL_MAN_NAMES } from './tall-man-list.js';

const BY_LOWER = new Map(TALL_MAN_NAMES.map(({ name }) => [name.toLowerCase(), name]));
// Whole words only: "metformin" inside another word is not the medicine. Letters include accented ones.
const WORD = /[A-Za-z\u00C0-\u024F]+/g;

/** The text with every listed medicine name, in whatever case it was written, in its tall-man form. */
export function tallMan(text) {
  if (text === null || text === undefined) return '';
  return String(text).replace(WORD, (word) => BY_LOWER.get(word.toLowerCase()) ?? word);
}

/** Whether the text holds a listed look-alike name. */
export function hasTallManName(text) {
  return (String(text ?? '').match(WORD) ?? []).some((word) => BY_LOWER.has(word.toLowerCase()));
}
