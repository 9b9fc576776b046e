/**
 * The second line of defence behind the masker: a hidden word written so that it no longer
 * matches letter for letter still reads the same on the page — as an HTML entity (`&#49;3857…`,
 * decoded when the Markdown renders), in full-width digits, with dashes or spaces inside a
 * number, split by emphasis (`1385708**3216**`), or with an invisible character inside. Each
 * string of the masked model is read in that normalised form, and one that still contains a
 * hidden word is withheld whole. It fails closed: a false alarm hides a text, never shows one.
 */
import markdownIt from 'markdown-it';
import { createMasker, MASK } from './mask.ts';

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

/** A copy of `data` where every string that still spells a hidden word is replaced by MASK. */
export function withholdLeaks<T>(data: T, words: readonly string[]): T {
  const spelled = words.map(normaliseForGuard).filter((word) => word.length >= MIN_WORD_LENGTH);
  const detect = createMasker(spelled);
  const guard = (text: string): string => {
    if (text === MASK || text.length < MIN_WORD_LENGTH) return text;
    const normalised = normaliseForGuard(text);
    return detect(normalised) === normalised ? text : MASK;
  };
  return guardValue(data, guard) as T;
}

function guardValue(value: unknown, guard: (text: string) => string): unknown {
  if (typeof value === 'string') return guard(value);
  if (Array.isArray(value)) return value.map((item) => guardValue(item, guard));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, guardValue(item, guard)]),
  );
}
