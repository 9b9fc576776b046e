/**
 * The CLI speaks to insiders: every document and customer, and with `--include-confidential`
 * the values the schemas mark `x-confidential` too (json and csv leave them out otherwise).
 */
import { insiderAudience, type Audience } from '../core/audience.ts';
import type { View } from '../core/progress-view/view.ts';

export function cliAudience(view: View, includeConfidential: boolean): Audience {
  return insiderAudience(view.source.model.repository.config.audiences, includeConfidential);
}
