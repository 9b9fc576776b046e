/**
 * Every cross-document rule, run in one place. Each rule is a small pure function of the
 * repository. Checks of one document's own text (rules/body.ts) run when it is loaded.
 */
import { CONFIG_FILES } from '../layout.ts';
import type { DocumentIssue, RepositoryIndex } from '../repository.ts';
import { checkConsistency } from './consistency.ts';
import { checkDates } from './dates.ts';
import { checkHierarchy } from './hierarchy.ts';
import { checkIdentity } from './identity.ts';
import { checkLinks, checkPeopleCustomers } from './links.ts';
import { checkStateFields } from './workflow.ts';

/** Issues about data values, to be located in their files. */
export function checkRepositoryRules(repo: RepositoryIndex): DocumentIssue[] {
  return [
    ...checkIdentity(repo),
    ...checkLinks(repo),
    ...checkPeopleCustomers(repo, CONFIG_FILES.people.path),
    ...checkHierarchy(repo),
    ...checkStateFields(repo),
    ...checkDates(repo),
    ...checkConsistency(repo),
  ];
}
