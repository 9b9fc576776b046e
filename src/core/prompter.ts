/**
 * The port through which `docket new` asks a person questions. The real one adapts
 * @inquirer/prompts (src/adapters/prompter.ts); tests use a hand-written fake that replays
 * answers. Messages arrive already translated; every method resolves with the answer or rejects
 * when the person gives up (Ctrl+C).
 */
export interface PromptChoice {
  value: string;
  /** What the person sees, e.g. `重要 · Important`. */
  name: string;
  /** Shown under the list for the highlighted choice, e.g. `--importance important`. */
  description?: string;
}

export interface SelectQuestion {
  message: string;
  choices: readonly PromptChoice[];
  default?: string;
}

export interface InputQuestion {
  message: string;
  default?: string;
  /** Called for every answer, empty ones too: `true`, or the message to show while it is refused. */
  validate?: (value: string) => true | string;
}

export interface EditorQuestion {
  message: string;
  default?: string;
  /** File name ending for the editor's syntax colouring, e.g. `.md`. */
  postfix?: string;
}

export interface ConfirmQuestion {
  message: string;
  default: boolean;
}

export interface Prompter {
  select(question: SelectQuestion): Promise<string>;
  input(question: InputQuestion): Promise<string>;
  editor(question: EditorQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
}
