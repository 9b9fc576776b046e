/** The few error classes the CLI knows; scripts/docket.ts turns them into one line and an exit code. */
import type { MessageParams } from '../core/problem.ts';

/** A mistake in how the command was called (exit 2). Carries a catalogue message. */
export class UsageError extends Error {
  readonly messageId: string;
  readonly params: MessageParams;
  constructor(messageId: string, params: MessageParams = {}) {
    super(messageId);
    this.name = 'UsageError';
    this.messageId = messageId;
    this.params = params;
  }
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
