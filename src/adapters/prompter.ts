/** The Prompter port on @inquirer/prompts: real terminal questions, arrow keys, $EDITOR. */
import { confirm, editor, input, select } from '@inquirer/prompts';
import type { Prompter } from '../core/prompter.ts';

/** @inquirer/prompts rejects with this error name when the person presses Ctrl+C. */
export const PROMPT_CANCELLED = 'ExitPromptError';

export function createTerminalPrompter(): Prompter {
  return {
    select: (question) =>
      select({
        message: question.message,
        choices: question.choices,
        default: question.default,
        pageSize: 12,
        loop: false,
      }),
    // Required-ness is the validator's call, so that its refusal speaks the person's language.
    input: (question) =>
      input({
        message: question.message,
        default: question.default,
        validate: (value) => question.validate?.(value) ?? true,
      }),
    // waitForUserInput: the editor opens at once; an extra Enter first only confuses.
    editor: (question) =>
      editor({
        message: question.message,
        default: question.default,
        postfix: question.postfix ?? '.md',
        waitForUserInput: false,
      }),
    confirm: (question) => confirm({ message: question.message, default: question.default }),
  };
}
