/** Sentences that explain a result: what is required, who approved, who is missing, what went stale. */
import type { Lang } from '../messages.ts';
import { localizedParam } from '../messages.ts';
import { listParam, phrase } from './messages.ts';
import type { Need } from './requirements.ts';
import type { NeedResult, Sentence, SubjectResult } from './result.ts';
import type { CountedReview, ReviewTally } from './reviews.ts';

export interface Labels {
  roles: Readonly<Record<string, Readonly<Record<Lang, string>>>>;
}

/** `commitGone`: the reviewed commit cannot be read here (force-pushed away, or never existed). */
export function explainSubject(
  result: SubjectResult,
  stale: readonly CountedReview[],
  labels: Labels,
  commitGone: (commit: string | null) => boolean = (commit) => commit === null,
): Sentence[] {
  const sentences: Sentence[] = [countSentence(result.needs, labels)];
  const filled = result.needs.filter((need) => need.filledBy !== undefined);
  if (filled.length > 0)
    sentences.push({
      id: 'approvals/approved-by',
      params: listParam(
        'who',
        filled.map((n) => approverPhrase(n, labels)),
        'items',
      ),
    });
  sentences.push(
    result.rules.length > 0
      ? {
          id: 'approvals/rules',
          params: listParam(
            'rules',
            result.rules.map((rule) => rule.title),
            'items',
          ),
        }
      : { id: 'approvals/otherwise', params: {} },
  );
  if (!result.satisfied)
    for (const review of stale)
      sentences.push(
        review.commitId === null || commitGone(review.commitId)
          ? { id: 'approvals/stale-no-commit', params: { name: review.person.name } }
          : {
              id: 'approvals/stale',
              params: {
                name: review.person.name,
                commit: review.commitId.slice(0, 7),
                subject: result.key,
              },
            },
      );
  return sentences;
}

function countSentence(needs: readonly NeedResult[], labels: Labels): Sentence {
  const required = needs.length;
  const approved = needs.filter((need) => need.filledBy !== undefined).length;
  if (required === 0) return { id: 'approvals/none-required', params: {} };
  if (approved === required) return { id: 'approvals/complete', params: { required } };
  const open = needs.filter((need) => need.filledBy === undefined).map((need) => need.need);
  return {
    id: 'approvals/missing',
    params: {
      required,
      approved,
      'progress@zh-CN': required - approved,
      'progress@en': approved,
      ...listParam(
        'who',
        groupNeeds(open).map((g) => needPhrase(g.need, g.count, labels)),
      ),
    },
  };
}

/** Identical open places are said once with a count ("2 more project managers"). */
function groupNeeds(needs: readonly Need[]): { need: Need; count: number }[] {
  const groups: { need: Need; count: number; key: string }[] = [];
  for (const need of needs) {
    const key = JSON.stringify(need);
    const group = groups.find((candidate) => candidate.key === key);
    if (group) group.count++;
    else groups.push({ need, count: 1, key });
  }
  return groups;
}

function needPhrase(need: Need, count: number, labels: Labels): Record<Lang, string> {
  if (need.type === 'representative')
    return phrase('need/representative', { customer: need.customerName });
  if (need.type === 'anyone')
    return count > 1 ? phrase('need/anyone-many', { count }) : phrase('need/anyone', {});
  const role = roleParam(need.role, labels);
  if (count > 1) return phrase('need/role-many', { ...role, count });
  return phrase(need.orAbove ? 'need/role-or-above' : 'need/role', role);
}

function approverPhrase(need: NeedResult, labels: Labels): Record<Lang, string> {
  const approver = need.filledBy;
  if (!approver) return { 'zh-CN': '', en: '' };
  if (need.need.type === 'representative') {
    const customer = need.need.customerName;
    return approver.via === 'paper'
      ? phrase('approver/paper', {
          name: approver.name,
          customer,
          attester: approver.attesterName ?? approver.attestedBy ?? '',
        })
      : phrase('approver/representative', { name: approver.name, customer });
  }
  const role = need.need.type === 'role' ? need.need.role : (approver.roles[0] ?? '');
  const label = roleParam(role, labels, false);
  // "赵磊(项目管理人员)" / "赵磊 (Project manager)": no words of its own, so not in the catalogue.
  return {
    'zh-CN': `${approver.name}(${label['role@zh-CN'] ?? role})`,
    en: `${approver.name} (${label['role@en'] ?? role})`,
  };
}

/** A role's name as a parameter; inside an English sentence "Project manager" reads "project manager". */
export function roleParam(
  role: string,
  labels: Labels,
  lowerEnglish = true,
): Record<string, string> {
  const label = labels.roles[role] ?? { 'zh-CN': role, en: role };
  const en =
    lowerEnglish && /^[A-Z][a-z]/.test(label.en)
      ? label.en.charAt(0).toLowerCase() + label.en.slice(1)
      : label.en;
  return localizedParam('role', { 'zh-CN': label['zh-CN'], en });
}

export function explainReviews(
  tally: ReviewTally,
  labels: Labels,
): { blocks: Sentence[]; notes: Sentence[] } {
  const blocks = tally.changesRequested.map((review) => ({
    id: 'approvals/changes-requested',
    params: {
      name: review.person.name,
      ...listParam(
        'roles',
        review.person.roles.map((role) => {
          const param = roleParam(role, labels, false);
          return { 'zh-CN': param['role@zh-CN'] ?? role, en: param['role@en'] ?? role };
        }),
        'items',
      ),
    },
  }));
  const notes = tally.ignored.map((ignored): Sentence => {
    if (ignored.reason === 'deleted-user') return { id: 'approvals/ignored-deleted', params: {} };
    const id =
      ignored.reason === 'author' ? 'approvals/ignored-author' : 'approvals/ignored-unknown';
    return { id, params: { login: ignored.login ?? '' } };
  });
  return { blocks, notes };
}
