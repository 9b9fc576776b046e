/** Inline configuration and documents for the pure progress and tier-review tests. */
import type { Config, Workflow } from '../../src/core/config.ts';
import type { DocumentKind } from '../../src/core/layout.ts';
import { indexLinks, type EnumLabels, type ProgressModel } from '../../src/core/progress.ts';
import {
  indexRepository,
  type LoadedDocument,
  type RepositoryIndex,
} from '../../src/core/repository.ts';

const flow = (states: Workflow['states'], transitions: Workflow['transitions']): Workflow => ({
  initial: Object.keys(states)[0] ?? '',
  states,
  transitions,
});

export const CONFIG: Config = {
  settings: { organisation: 'Test', default_language: 'en', time_zone: 'Asia/Shanghai' },
  people: [
    { id: 'zhao-lei', name: '赵磊', roles: ['project-manager'] },
    { id: 'wang-fang', name: '王芳', roles: ['account-manager'] },
    { id: 'liu-qiang', name: '刘强', roles: ['sales-head'] },
    { id: 'zhou-min', name: '周敏', roles: ['general-manager'] },
  ],
  workflows: {
    requirement: flow(
      {
        draft: {},
        submitted: { time_limit_days: 3 },
        evaluating: { time_limit_days: 10 },
        closed: { terminal: true },
        'on-hold': { time_limit_days: 60 },
      },
      {
        draft: ['submitted'],
        submitted: ['evaluating', 'on-hold'],
        evaluating: ['closed'],
        'on-hold': ['submitted'],
      },
    ),
    change: flow(
      { proposed: { time_limit_days: 3 }, closed: { terminal: true } },
      { proposed: ['closed'] },
    ),
    customer: flow({ active: {}, lost: {} }, { active: ['lost'], lost: ['active'] }),
    release: flow({ planned: {}, frozen: { time_limit_days: 20 } }, { planned: ['frozen'] }),
    complaint: flow(
      { received: { time_limit_days: 1 }, closed: { terminal: true } },
      { received: ['closed'] },
    ),
    'service-request': flow({ created: { time_limit_days: 2 } }, { created: [] }),
  },
  priority: {
    levels: [
      { code: 'P1', 'zh-CN': '最高', en: 'Highest' },
      { code: 'P2', 'zh-CN': '高', en: 'High' },
      { code: 'P3', 'zh-CN': '中', en: 'Medium' },
    ],
    matrix: {
      'very-important': { 'very-urgent': 'P1', urgent: 'P1', normal: 'P2' },
      important: { 'very-urgent': 'P1', urgent: 'P2', normal: 'P3' },
      normal: { 'very-urgent': 'P2', urgent: 'P3', normal: 'P3' },
    },
  },
  tiers: {
    unit: '万元',
    temporary_months: 6,
    rules: [
      { tier: 'A', min_sales: 500, min_collection_rate: 0.95 },
      { tier: 'B', min_sales: 100, min_collection_rate: 0.85 },
      { tier: 'C' },
    ],
    approvals: {
      A: { reviewers: ['sales-head'], approvers: ['general-manager'] },
      B: { approvers: ['sales-head'] },
      C: { approvers: ['qa'] },
    },
  },
  approvals: { rules: [], otherwise: { anyone: 1 } },
  audiences: {
    internal: {
      label: { 'zh-CN': '内部', en: 'Internal' },
      max_confidentiality: 'secret',
      confidential_values: true,
      customers: 'all',
    },
    public: {
      label: { 'zh-CN': '公开', en: 'Public' },
      max_confidentiality: 'public',
      confidential_values: false,
      customers: 'none',
    },
    customer: {
      label: { 'zh-CN': '客户门户', en: 'Customer portal' },
      max_confidentiality: 'confidential',
      confidential_values: false,
      customers: 'own',
    },
  },
};

export function doc(
  kind: DocumentKind,
  id: string,
  data: Record<string, unknown>,
  customer?: string,
): LoadedDocument {
  const path = customer ? `content/customers/${id}.md` : `content/${kind}s/${id}.md`;
  return {
    kind,
    id,
    expectedId: id,
    path,
    data: { id, ...data },
    ...(customer === undefined ? {} : { customer }),
    parsed: { data, body: '', frontMatter: '', frontMatterLine: 2, bodyLine: 1 },
  };
}

export const LABELS: EnumLabels = {
  submitted: { 'zh-CN': '已提交', en: 'Submitted' },
  evaluating: { 'zh-CN': '评估中', en: 'Evaluating' },
};

export function modelOf(documents: LoadedDocument[]): ProgressModel {
  const repository: RepositoryIndex = indexRepository({
    documents,
    config: CONFIG,
    files: new Set(),
  });
  return {
    repository,
    links: indexLinks(repository),
    statusLabels: (kind) => (kind === 'requirement' ? LABELS : {}),
  };
}
