/**
 * Chinese wrapped over several lines reads as one run: a folded YAML value (`>-`) turns each
 * line break into a space and Markdown turns it into one, but Chinese puts nothing between
 * words, so "需要\n电话叫醒" must read "需要电话叫醒", never "需要 电话叫醒". Shared by
 * `docket show` and the site model.
 */

/** CJK punctuation and full-width forms: nothing is written next to them, on either side. */
const CJK_PUNCT = String.raw`\u3000-\u303f\uff00-\uffef`;
/** Han characters, kana and the punctuation above. */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}${CJK_PUNCT}`;
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const CJK_PUNCT_CHAR = new RegExp(`[${CJK_PUNCT}]`, 'u');
const HALF_WIDTH_END = /[,.;:!?]/;

/** Spaces, or one line break with its indentation; never a blank line (a paragraph break). */
const SOFT_GAP = /[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*/g;
/** One line break; at most one space before it, as two or more make a Markdown hard break. */
const SOFT_BREAK = /(?<![ \t])[ \t]?\r?\n[ \t]*/g;

/**
 * Whether the gap between `before` and `after` goes: between CJK characters, after full-width
 * punctuation or before it, or after half-width punctuation that ends Chinese text (`经理,`
 * typed without switching input method). `经理, 60分钟` → `经理,60分钟`; `需要 电话` → `需要电话`.
 */
function joins(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (before === '' || after === '' || /\s/.test(after)) return false;
  if (CJK_PUNCT_CHAR.test(before) || CJK_PUNCT_CHAR.test(after)) return true;
  if (CJK_CHAR.test(before)) return CJK_CHAR.test(after);
  return HALF_WIDTH_END.test(before) && CJK_CHAR.test(text[start - 2] ?? '');
}

function joinGaps(text: string, gaps: RegExp): string {
  return text.replace(gaps, (gap: string, offset: number) =>
    joins(text, offset, offset + gap.length) ? '' : gap,
  );
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A front-matter value as one run of text: the spaces and single line breaks between Chinese
 * characters go, everything else stays (English words keep their spaces).
 */
export function joinCjkText(text: string): string {
  return joinGaps(text, SOFT_GAP);
}

/**
 * A Markdown body with its soft line breaks between Chinese characters joined. Fenced code,
 * hard breaks (two trailing spaces) and paragraph breaks are kept as written.
 */
export function joinCjkLines(markdown: string): string {
  const parts = markdown.split(/(?<=\n)/);
  const out: string[] = [];
  let chunk = '';
  let fence: string | undefined;
  for (const line of parts) {
    const opening = FENCE.exec(line)?.[1];
    if (fence === undefined && opening !== undefined) {
      out.push(joinChunk(chunk), line);
      chunk = '';
      fence = opening;
    } else if (fence !== undefined) {
      out.push(line);
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length)
        fence = undefined;
    } else chunk += line;
  }
  out.push(joinChunk(chunk));
  return out.join('');
}

/** A line that opens a Markdown block (list item, heading, quote, table row). */
const BLOCK_START = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|>|\|)/;
/** A line that is a block on its own, so the line after it starts anew (heading, table row). */
const SINGLE_LINE_BLOCK = /^ {0,3}(?:#{1,6}[ \t]|\|)/;

/**
 * Soft breaks only: a hard break (two trailing spaces) never matches the one optional space, and
 * a break before a list item or after a heading is structure, not wrapping ("完成。\n- 下一项").
 */
function joinChunk(text: string): string {
  return text.replace(SOFT_BREAK, (gap: string, offset: number) => {
    const end = offset + gap.length;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const structural =
      BLOCK_START.test(text.slice(end, end + 16)) ||
      SINGLE_LINE_BLOCK.test(text.slice(lineStart, offset));
    return !structural && joins(text, offset, end) ? '' : gap;
  });
}
