/**
 * A hand-written Prompter for tests: it replays answers in order and records each question.
 * A typed answer its validator refuses is recorded in `refusals` and the next answer is tried,
 * as a person would type again. Set `error` to make the next question fail (e.g. Ctrl+C).
 */
import type {
  ConfirmQuestion,
  EditorQuestion,
  InputQuestion,
  Prompter,
  SelectQuestion,
} from '../../src/core/prompter.ts';

export class FakePrompter implements Prompter {
  readonly asked: string[] = [];
  readonly refusals: string[] = [];
  readonly choicesSeen: string[][] = [];
  error: Error | undefined;
  private readonly answers: (string | boolean)[];

  constructor(answers: readonly (string | boolean)[]) {
    this.answers = [...answers];
  }

  select(question: SelectQuestion): Promise<string> {
    const answer = String(this.next(`select ${question.message}`));
    this.choicesSeen.push(question.choices.map((choice) => choice.name));
    if (!question.choices.some((choice) => choice.value === answer))
      throw new Error(
        `${answer} is not a choice of ${question.message}: ${question.choices.map((choice) => choice.value).join(', ')}`,
      );
    return Promise.resolve(answer);
  }

  input(question: InputQuestion): Promise<string> {
    for (;;) {
      const answer = String(this.next(`input ${question.message}`));
      const verdict = question.validate?.(answer) ?? true;
      if (verdict === true) return Promise.resolve(answer);
      this.refusals.push(verdict);
    }
  }

  editor(question: EditorQuestion): Promise<string> {
    return Promise.resolve(String(this.next(`editor ${question.message}`)));
  }

  confirm(question: ConfirmQuestion): Promise<boolean> {
    return Promise.resolve(this.next(`confirm ${question.message}`) === true);
  }

  private next(question: string): string | boolean {
    this.asked.push(question);
    if (this.error) throw this.error;
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error(`no answer left for: ${question}`);
    return answer;
  }
}
