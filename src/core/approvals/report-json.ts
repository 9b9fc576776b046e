/** `--format json`: the result as it is, with every sentence also rendered in the chosen language. */
import { formatMessage, type Lang } from '../messages.ts';
import { PR_CHECK_MESSAGES, say } from './catalogue.ts';
import type { PullRequestCheck } from './check-result.ts';
import type { Sentence } from './result.ts';

interface RenderedSentence {
  id: string;
  params: Record<string, string | number>;
  text: string;
}

export function renderCheckJson(check: PullRequestCheck, lang: Lang): string {
  const render = (sentence: Sentence): RenderedSentence => ({
    id: sentence.id,
    // Per-language variants (`name@zh-CN`) are for templates; the text carries them.
    params: Object.fromEntries(
      Object.entries(sentence.params).filter(([key]) => !key.includes('@')),
    ),
    text: say(sentence, lang),
  });
  return JSON.stringify(
    {
      ...check,
      headline: render(check.headline),
      problems: check.problems.map((problem) => ({
        ...problem,
        text: formatMessage(PR_CHECK_MESSAGES, problem.message, problem.params, lang),
      })),
      evaluation: {
        ...check.evaluation,
        subjects: check.evaluation.subjects.map((s) => ({
          ...s,
          sentences: s.sentences.map(render),
        })),
        blocks: check.evaluation.blocks.map(render),
        notes: check.evaluation.notes.map(render),
      },
    },
    null,
    2,
  );
}
