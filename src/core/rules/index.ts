/** Every cross-document rule, run in one place. Each rule is a small pure function of the repository. */
import { CONFIG_FILES } from '../layout.ts';
import type { Problem } from '../problem.ts';
import type { DocumentIssue, RepositoryIndex } from '../repository.ts';
import { checkBodyForConfidentialValues } from './body.ts';
import { checkConsistency } from './consistency.ts';
import { checkDates } from './dates.ts';
import { checkHierarchy } from './hierarchy.ts';
import { checkIdentity } from './identity.ts';
import { checkLinks, checkPeopleCustomers } from './links.ts';
import { checkStateFields } from './workflow.ts';

export interface RuleResults {
  /** Issues about data values, to be located in their files. */
  dataIssues: DocumentIssue[];
  /** Issues that already know their position (Markdown bodies). */
  problems: Problem[];
}

export function checkRepositoryRules(repo: RepositoryIndex): RuleResults {
  return {
    dataIssues: [
      ...checkIdentity(repo),
      ...checkLinks(repo),
      ...checkPeopleCustomers(repo, CONFIG_FILES.people.path),
      ...checkHierarchy(repo),
      ...checkStateFields(repo),
      ...checkDates(repo),
      ...checkConsistency(repo),
    ],
    problems: repo.documents.flatMap(checkBodyForConfidentialValues),
  };
}
