/**
 * Inline data for the pure approval tests: the demo's people, the project's real default policy
 * and tier rules (so the tests pin the defaults the issue asks for), reviews as GitHub sends them,
 * and changed documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { ApprovalPolicy, Person, TierConfig } from '../../src/core/config.ts';
import { evaluateApprovals, type ApprovalInput } from '../../src/core/approvals/evaluate.ts';
import { APPROVAL_MESSAGES } from '../../src/core/approvals/messages.ts';
import type { Sentence } from '../../src/core/approvals/result.ts';
import type { Review } from '../../src/core/approvals/reviews.ts';
import type {
  AffectedCustomer,
  ChangedDocument,
  Subject,
} from '../../src/core/approvals/subject.ts';
import { formatMessage, type Lang } from '../../src/core/messages.ts';
import { PROJECT_ROOT } from './repo.ts';

const readYaml = (path: string) => load(readFileSync(join(PROJECT_ROOT, path), 'utf8'));

export const POLICY = readYaml('content/config/approvals.yaml') as ApprovalPolicy;
export const TIERS = readYaml('content/config/tiers.yaml') as TierConfig;
// Roles are defined once, in common.schema.json#/$defs/role.
const commonSchema = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'schemas/common.schema.json'), 'utf8'),
) as { $defs: { role: { 'x-enum-labels': Record<string, Record<Lang, string>> } } };
export const ROLE_LABELS = commonSchema.$defs.role['x-enum-labels'];

export const PEOPLE: Person[] = [
  { id: 'zhou-min', name: '周敏', github: 'zhoumin-yf', roles: ['general-manager'] },
  { id: 'liu-qiang', name: '刘强', github: 'liuqiang-yf', roles: ['sales-head'] },
  { id: 'wang-fang', name: '王芳', github: 'wangfang-yf', roles: ['account-manager', 'requester'] },
  { id: 'zhao-lei', name: '赵磊', github: 'zhaolei-yf', roles: ['project-manager'] },
  { id: 'sun-li', name: '孙丽', github: 'sunli-yf', roles: ['project-manager'] },
  {
    id: 'huang-wei',
    name: '黄伟',
    github: 'huangwei-yf',
    roles: ['development-lead', 'evaluator'],
  },
  { id: 'lin-tao', name: '林涛', github: 'lintao-yf', roles: ['evaluator', 'developer'] },
  {
    id: 'deng-hui',
    name: '邓辉',
    github: 'denghui-xh',
    roles: ['customer-representative'],
    customer: 'CUS-006',
  },
  {
    id: 'zhang-hua',
    name: '张华',
    github: 'zhanghua-hdx',
    roles: ['customer-representative'],
    customer: 'CUS-001',
  },
  { id: 'yang-guang', name: '杨光', roles: ['customer-representative'], customer: 'CUS-004' },
];

export const HEAD = 'f'.repeat(40);
export const OLD = 'a'.repeat(40);

let nextReviewId = 100;
/** A review object with every field GitHub's list-reviews endpoint returns. */
export function review(
  login: string | null,
  state: string,
  commit: string | null = HEAD,
  userId?: number,
): Review {
  const id = nextReviewId++;
  const user = login === null ? null : { login, id: userId ?? loginId(login), type: 'User' };
  const full = {
    id,
    node_id: `PRR_${id}`,
    user,
    body: '',
    state: state as Review['state'],
    html_url: `https://github.com/acme/req/pull/7#pullrequestreview-${id}`,
    pull_request_url: 'https://api.github.com/repos/acme/req/pulls/7',
    author_association: 'MEMBER',
    _links: { html: { href: 'x' }, pull_request: { href: 'y' } },
    commit_id: commit,
    submitted_at: `2026-11-25T0${String(id % 10)}:00:00Z`,
  };
  return full;
}

function loginId(login: string): number {
  return (
    Array.from(login.toLowerCase()).reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) %
    1_000_000
  );
}

export const XINGHAI: AffectedCustomer = { id: 'CUS-006', name: '星海物流', tiers: ['B'] };
export const HUADONG: AffectedCustomer = { id: 'CUS-001', name: '华东鲜', tiers: ['A'] };
export const BEICHEN: AffectedCustomer = { id: 'CUS-004', name: '北辰医药', tiers: ['C'] };

export function changeSubject(
  document: Partial<ChangedDocument> & Pick<ChangedDocument, 'id' | 'kind'>,
  customers: AffectedCustomer[] = [],
  extraPaths: string[] = [],
): Subject {
  const path =
    document.path ??
    `content/${document.kind === 'change' ? 'changes' : 'requirements'}/${document.id}.md`;
  return {
    key: document.id,
    paths: [path, ...extraPaths],
    changedPaths: [path, ...extraPaths],
    document: {
      path,
      change: 'modified',
      steps: [],
      after: {},
      fieldsChanged: [],
      confidentialChanged: false,
      ...document,
      // A test names the path; the rules see its moves unless it names others.
      moves: document.moves ?? document.steps ?? [],
    },
    customers,
  };
}

/** Fingerprints where every listed path is the same at HEAD and at each commit given, unless changed. */
export function fingerprints(
  subjects: readonly Subject[],
  changedSince: Record<string, string[]> = {},
) {
  const paths = subjects.flatMap((subject) => subject.paths);
  const head = new Map(paths.map((path) => [path, `fp:${path}`]));
  const at = new Map<string, Map<string, string>>();
  for (const commit of [HEAD, OLD]) {
    const changed = changedSince[commit] ?? [];
    at.set(
      commit,
      new Map(paths.map((path) => [path, changed.includes(path) ? `old:${path}` : `fp:${path}`])),
    );
  }
  return { head, at };
}

export function evaluate(
  subjects: Subject[],
  reviews: Review[],
  overrides: Partial<ApprovalInput> = {},
) {
  return evaluateApprovals({
    policy: POLICY,
    people: PEOPLE,
    tiers: TIERS,
    author: 'wangfang-yf',
    reviews,
    subjects,
    fingerprints: fingerprints(subjects),
    roleLabels: ROLE_LABELS,
    ...overrides,
  });
}

export function say(sentence: Sentence | undefined, lang: Lang): string {
  return sentence ? formatMessage(APPROVAL_MESSAGES, sentence.id, sentence.params, lang) : '';
}
