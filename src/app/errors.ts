/** Problems with the repository's setup (not with its content): missing or broken schemas. Exit 2. */
import type { MessageParams } from '../core/problem.ts';

export class SetupError extends Error {
  readonly messageId: string;
  readonly params: MessageParams;
  constructor(messageId: string, params: MessageParams = {}) {
    super(messageId);
    this.name = 'SetupError';
    this.messageId = messageId;
    this.params = params;
  }
}
