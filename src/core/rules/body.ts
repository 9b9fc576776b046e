/**
 * Confidential values typed into a Markdown body cannot be redacted by the schema's
 * `x-confidential` marks, so phone-number- and ID-shaped strings there get a warning.
 */
import { offsetToPosition } from '../locate.ts';
import { localizedParam, type Lang } from '../messages.ts';
import type { ParsedDocument } from '../front-matter-split.ts';
import { createIssue, type Issue } from '../problem.ts';

const SHAPES: readonly { kind: Readonly<Record<Lang, string>>; pattern: string }[] = [
  // People write mobiles grouped too: 138-1234-5678, 138 1234 5678, +86 138…
  {
    kind: { 'zh-CN': '手机号', en: 'mobile number' },
    pattern: '(?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}',
  },
  {
    kind: { 'zh-CN': '座机号', en: 'landline number' },
    pattern: '(?:0[0-9]{2,3}-[0-9]{7,8}|400-[0-9]{3}-[0-9]{4})',
  },
  { kind: { 'zh-CN': '身份证号', en: 'ID card number' }, pattern: '[1-9][0-9]{16}[0-9Xx]' },
  {
    kind: { 'zh-CN': '统一社会信用代码', en: 'credit code' },
    pattern: '[0-9A-HJ-NP-RT-UW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RT-UW-Y]{10}',
  },
];
// One pass over the body; digits or letters right before or after mean it is part of something longer.
const CONFIDENTIAL_SHAPE = new RegExp(
  SHAPES.map(({ pattern }) => `(?<![0-9A-Za-z-])(${pattern})(?![0-9A-Za-z])`).join('|'),
  'g',
);
// Every shape holds three digits and then four (a separator between them at most); this simple scan
// is several times cheaper than the one above and rules out nearly every body.
const DIGIT_RUN = /[0-9]{3}[ -]?[0-9]{4}/;

/** A check of one document's own text, run when it is loaded (its result is cached with it). */
export function checkBodyForConfidentialValues({
  body,
  bodyLine,
}: Pick<ParsedDocument, 'body' | 'bodyLine'>): Issue[] {
  const problems: Issue[] = [];
  if (!DIGIT_RUN.test(body)) return problems;
  for (const match of body.matchAll(CONFIDENTIAL_SHAPE)) {
    const shape = SHAPES[match.slice(1).findIndex(Boolean)];
    const kind = shape ? shape.kind : { 'zh-CN': '号码', en: 'number' };
    const inBody = offsetToPosition(body, match.index);
    const at = { line: bodyLine + inBody.line - 1, col: inBody.col };
    problems.push(
      createIssue(
        'body/confidential-value',
        at,
        { ...localizedParam('kind', kind), value: mask(match[0]) },
        'warning',
      ),
    );
  }
  return problems;
}

/** Shows enough to find the value, not enough to leak it through the report. */
function mask(value: string): string {
  return value.length <= 7 ? value : `${value.slice(0, 3)}…${value.slice(-2)}`;
}
