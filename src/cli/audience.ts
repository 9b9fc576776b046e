/**
 * The CLI speaks to insiders: every document and customer, and with `--include-confidential`
 * the values the schemas mark `x-confidential` too (json and csv leave them out otherwise).
 */
import type { Audience } from '../core/audience.ts';
import type { View } from '../core/progress-view/view.ts';

export function cliAudience(_view: View, includeConfidential: boolean): Audience {
  return {
    name: 'internal',
    policy: {
      max_confidentiality: 'secret',
      confidential_values: includeConfidential,
      customers: 'all',
    },
  };
}
