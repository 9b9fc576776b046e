/**
 * A redline between two versions of a text: the pieces that stayed, were removed or were added.
 * Chinese has no spaces between words, so text with Han characters is compared character by
 * character; other text word by word (the `diff` library does the comparing).
 */
import { diffChars, diffWordsWithSpace } from 'diff';

export interface RedlinePart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

const HAN = /\p{Script=Han}/u;

export function assembleRedline(before: string, after: string): RedlinePart[] {
  const changes =
    HAN.test(before) || HAN.test(after)
      ? diffChars(before, after)
      : diffWordsWithSpace(before, after);
  return changes.map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}
