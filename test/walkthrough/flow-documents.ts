/**
 * The documents walkthrough flows 2–5 start from and the edits each pull request makes: a tier-A
 * customer whose representative has a GitHub login, a tier-B customer whose representative has
 * none (signs on paper), a requirement in evaluation and two change requests awaiting approval.
 */
import { outdent } from 'outdent';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { FIXTURE_PEOPLE } from '../helpers/repo.ts';

export const REQ1 = 'content/requirements/REQ-0001.md';
export const CR1 = 'content/changes/CR-0001.md';
export const CR2 = 'content/changes/CR-0002.md';
export const SCAN = 'content/changes/attachments/CR-0002-signed.pdf';
export const SCAN_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);

const CUSTOMER_2 = CUSTOMER.replace('id: CUS-001', 'id: CUS-002')
  .replace('name: 华东鲜食品有限公司', 'name: 北辰医药有限公司')
  .replace('tier: A', 'tier: B')
  .replace('name: 张华', 'name: 杨光');

const EVALUATION = outdent`
  evaluation:
    meeting_on: 2026-11-18
    opinions:
      - { evaluator: huang-wei, aspect: technical, verdict: agree, opinion: 可行 }
    effort_days: 5
    schedule: { start: 2026-11-23, release: 2026-12-18 }
`;

export const EVALUATING_REQ = requirement('REQ-0001', 'owner: zhao-lei').replace(
  'status: submitted',
  'status: evaluating',
);
export const APPROVED_REQ = requirement('REQ-0001', `owner: zhao-lei\n${EVALUATION}`).replace(
  'status: submitted',
  'status: approved',
);
/** The evaluator's requested change: a second acceptance criterion. */
export const FIXED_REQ = APPROVED_REQ.replace(
  '  - { id: AC-1, text: 库存低于安全线时提醒 }',
  '  - { id: AC-1, text: 库存低于安全线时提醒 }\n  - { id: AC-2, text: 提醒在 5 分钟内送达 }',
);
/** Flow 5: a typo fixed in signed acceptance criteria. */
export const TYPO_FIXED_REQ = FIXED_REQ.replace('5 分钟内送达', '5 分钟之内送达');

const REQ_2 = requirement('REQ-0002', `owner: zhao-lei\n${EVALUATION}`)
  .replace('status: submitted', 'status: approved')
  .replace('customer: CUS-001', 'customer: CUS-002')
  .replace('requested_by: 张华', 'requested_by: 杨光');

function change(id: string, requirementId: string, extra = ''): string {
  return (
    outdent`
    ---
    id: ${id}
    title: 预警阈值按仓库设置
    status: awaiting-approval
    stage_since: 2026-11-16
    requirements: [${requirementId}]
    requested_by: 客户
    requested_on: 2026-11-12
    reason: 各仓库安全库存不同。
    change: { before: 全公司一个阈值, after: 每个仓库一个阈值 }
    impact: { level: low, scope: 预警设置, schedule_days: 2, cost: 0.5, risk: 低 }
    ${extra}
    ---
  ` + '\n变更说明。\n'
  );
}

export const CR1_APPROVED = change('CR-0001', 'REQ-0001').replace(
  'status: awaiting-approval',
  'status: approved',
);

/** Flow 4: signed on paper by 杨光, scanned and attested by the project manager 赵磊. */
export const CR2_PAPER = change(
  'CR-0002',
  'REQ-0002',
  outdent`
    offline_signature:
      scan: attachments/CR-0002-signed.pdf
      signed_by: 杨光
      signed_on: 2026-11-19
      attested_by: zhao-lei
    attachments:
      - { path: attachments/CR-0002-signed.pdf, title: 已签字的变更确认单扫描件 }
  `,
).replace('status: awaiting-approval', 'status: approved');

export const TEAM_FILES: Record<string, string> = {
  'content/config/people.yaml': `${FIXTURE_PEOPLE}${[
    '  - { id: sun-li, name: 孙丽, github: sunli-yf, roles: [project-manager] }',
    '  - { id: yang-guang, name: 杨光, roles: [customer-representative], customer: CUS-002 }',
  ].join('\n')}\n`,
  'content/customers/CUS-001/customer.md': CUSTOMER,
  'content/customers/CUS-002/customer.md': CUSTOMER_2,
  [REQ1]: EVALUATING_REQ,
  'content/requirements/REQ-0002.md': REQ_2,
  [CR1]: change('CR-0001', 'REQ-0001'),
  [CR2]: change('CR-0002', 'REQ-0002'),
};
