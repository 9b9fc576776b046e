/** Small valid documents for fixture repositories; tests change one thing at a time. */
import { outdent } from 'outdent';

export const CUSTOMER = outdent`
  ---
  id: CUS-001
  name: 华东鲜食品有限公司
  status: active
  stage_since: 2025-01-10
  industry: 食品加工
  region: 浙江杭州
  account_manager: wang-fang
  since: 2024-06-01
  tier: A
  legal:
    credit_code: 91330106MA2H3K4L5X
  contacts:
    - name: 张华
      phone: "13812345678"
  transactions:
    - { year: 2025, sales: 320, collection_rate: 0.9 }
  ---
  冷链食品加工企业。
`;

export function requirement(id: string, extra = '', body = '## 需求背景\n\n库存预警。\n'): string {
  return (
    outdent`
    ---
    id: ${id}
    title: 库存预警
    status: submitted
    stage_since: 2026-03-02
    submitted_on: 2026-03-01
    customer: CUS-001
    requested_by: 张华
    source: { type: visit }
    importance: important
    urgency: urgent
    confidentiality: internal
    acceptance_criteria:
      - { id: AC-1, text: 库存低于安全线时提醒 }
    ${extra}
    ---
  ` + `\n${body}`
  );
}

/** A repository whose content passes `docket validate`. */
export function cleanRepoFiles(): Record<string, string> {
  return {
    'content/customers/CUS-001/customer.md': CUSTOMER,
    'content/requirements/REQ-0001.md': requirement('REQ-0001'),
  };
}
