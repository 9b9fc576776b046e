/**
 * The second line of defence behind the masker: a hidden word written so that it no longer
 * matches letter for letter still reads the same on the page — as an HTML entity (`&#49;3857…`,
 * decoded when the Markdown renders), in full-width digits, with dashes or spaces inside a
 * number, split by emphasis (`1385708**3216**`), or with an invisible character inside. Each
 * string of the masked model is read in that normalised form, and one that still contains a
 * hidden word is withheld whole. It fails closed: a false alarm hides a text, never shows one.
 */
import markdownIt from 'markdown-it';
import { createMasker, MASK, type Masker } from './mask.ts';

const unescape = markdownIt().utils.unescapeAll;

/** As the masker's words: shorter ones would hide ordinary numbers. */
const MIN_WORD_LENGTH = 3;
/** Every dash and minus sign, read as `-`. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Invisible format characters (zero-width space, joiners, soft hyphen…) and Markdown marks. */
const INVISIBLE = /[\p{Cf}*_~`\\]/gu;
/** Spaces and dashes between two digits: `138-5708-3216`, `138 5708 3216` (not dots: 1.5). */
const DIGIT_SEPARATORS = /(?<=\d)[\s-]+(?=\d)/g;

/** The text as a reader sees it, in one canonical spelling. */
export function normaliseForGuard(text: string): string {
  return unescape(text)
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(INVISIBLE, '')
    .replace(DIGIT_SEPARATORS, '');
}

/**
 * The masker for `words`, followed by the guard: a text that still spells one of them once masked
 * is replaced by MASK whole. One pass of maskData over the model does both.
 */
export function createGuardedMasker(words: readonly string[]): Masker {
  const mask = createMasker(words);
  const spelled = words.map(normaliseForGuard).filter((word) => word.length >= MIN_WORD_LENGTH);
  const detect = createMasker(spelled);
  return (text) => {
    const masked = mask(text);
    if (masked === MASK || masked.length < MIN_WORD_LENGTH) return masked;
    const normalised = normaliseForGuard(masked);
    return detect(normalised) === normalised ? masked : MASK;
  };
}
