/** The configuration types are generated from the schemas; this fails when the two drift apart. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_SIGNOFF_TYPES,
  GENERATED_TYPES,
  generateConfigTypes,
  generateSignoffTypes,
} from '../../scripts/generate-types.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';

describe('generated configuration types', () => {
  it('match the schemas (run `npm run schemas:types` after changing schemas/config)', async () => {
    const committed = readFileSync(join(PROJECT_ROOT, GENERATED_TYPES), 'utf8');
    expect(committed).toBe(await generateConfigTypes(PROJECT_ROOT));
  });

  it('match the sign-off record schema', async () => {
    const committed = readFileSync(join(PROJECT_ROOT, GENERATED_SIGNOFF_TYPES), 'utf8');
    expect(committed).toBe(await generateSignoffTypes(PROJECT_ROOT));
  });
});
