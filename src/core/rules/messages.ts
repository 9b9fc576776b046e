/** zh-CN and en messages for the cross-document rules. */
import type { Catalogue } from '../messages.ts';

export const RULE_MESSAGES: Catalogue = {
  'id/filename': {
    'zh-CN':
      '编号 `{value}` 与文件位置不符,按文件名应为 `{expected}`。请把 `id` 改为 `{expected}`;如果是文件名错了,请用 `git mv` 把文件(客户档案为文件夹)改成与编号一致的名字。',
    en: "The ID `{value}` does not match the file's location, which says `{expected}`. Change `id` to `{expected}`; if the file name is what is wrong, `git mv` the file (for a customer, its folder) to match the ID.",
  },
  'id/duplicate': {
    'zh-CN':
      '编号 `{value}` 重复:{other} 已经使用。请用 `docket renumber` 给其中一个换一个空闲编号。',
    en: 'The ID `{value}` is already used by {other}. Give one of them a free ID with `docket renumber`.',
  },
  'record/customer-missing': {
    'zh-CN':
      '这条记录所在的客户文件夹 `{customer}` 中没有 customer.md(客户档案)。请补上客户档案,或把记录移到正确的客户文件夹。',
    en: "The customer folder `{customer}` holding this record has no customer.md (customer file). Add the customer file, or move the record to the right customer's folder.",
  },
  'record/date-filename': {
    'zh-CN': '记录日期 `{value}` 与文件名 `{file}` 不一致:文件名应以日期开头。',
    en: 'The record date `{value}` does not match the file name `{file}`, which must start with the date.',
  },
  'link/unresolved': {
    'zh-CN': '找不到 `{value}`(应为已存在的 {target})。请检查编号是否写错,或先创建它。',
    en: '`{value}` does not exist (expected an existing {target}). Check the ID for a typo, or create it first.',
  },
  'link/unknown-person': {
    'zh-CN':
      '人员 `{value}` 不在 content/config/people.yaml 中。请使用已登记的人员代号,或先登记此人。',
    en: 'The person `{value}` is not in content/config/people.yaml. Use a listed person ID, or add the person there first.',
  },
  'link/attachment-missing': {
    'zh-CN': '附件 `{value}` 不存在(路径相对于本文档所在目录)。请提交该文件或改正路径。',
    en: "The attachment `{value}` does not exist (paths are relative to this document's folder). Commit the file or fix the path.",
  },
  'parent/cycle': {
    'zh-CN': '上级需求形成了循环:{cycle}。请去掉其中一个 `parent`。',
    en: 'The parent links form a cycle: {cycle}. Remove one of the `parent` links.',
  },
  'depends/cycle': {
    'zh-CN': '依赖关系形成了循环:{cycle}。请去掉其中一个 `depends_on`。',
    en: 'The dependencies form a cycle: {cycle}. Remove one of the `depends_on` links.',
  },
  'parent/closed-with-open-child': {
    'zh-CN':
      '上级需求 `{parent}` 已是 `{parentStatus}`,本需求却仍为 `{status}`。请先关闭或取消本需求,或重新打开上级需求。',
    en: 'The parent `{parent}` is `{parentStatus}` while this child is still `{status}`. Close or cancel the child first, or reopen the parent.',
  },
  'workflow/state-requires': {
    'zh-CN':
      '状态为 `{status}` 时必须填写 `{field}`(见 content/config/workflows.yaml)。请补上,或改回前一个状态。',
    en: 'In state `{status}` the field `{field}` is required (see content/config/workflows.yaml). Fill it in, or move back to the previous state.',
  },
  'dates/order': {
    'zh-CN': '`{field}`(`{value}`)早于 `{other}`(`{otherValue}`),日期顺序不合理。请核对两个日期。',
    en: '`{field}` (`{value}`) is before `{other}` (`{otherValue}`). Check both dates.',
  },
  'release/member-state': {
    'zh-CN':
      '版本处于 `{release}`,但其中的需求 `{id}` 状态为 `{status}`。冻结或上线的版本只能包含测试中及以后的需求;计划中的版本不能包含已拒绝或已取消的需求。',
    en: 'The release is `{release}` but its requirement `{id}` is `{status}`. A frozen or released release holds only requirements in test or later; a planned one none that is rejected or cancelled.',
  },
  'requirement/requester': {
    'zh-CN': '需求须注明由谁提出:填写 `customer`(客户编号)或 `department`(内部部门),或两者都填。',
    en: 'Say who asks for the requirement: fill in `customer` (a customer ID) or `department` (an internal department), or both.',
  },
  'requirement/criterion-duplicate': {
    'zh-CN': '验收标准编号 `{value}` 重复。请重新编号。',
    en: 'The acceptance criterion ID `{value}` is used twice. Renumber them.',
  },
  'body/confidential-value': {
    'zh-CN':
      '正文中有疑似{kind}的号码 `{value}`。正文无法按密级脱敏,请把联系方式和证照号码放进客户档案的对应字段,正文里删除。',
    en: "The body contains what looks like a confidential number ({kind}) `{value}`. Bodies cannot be redacted: keep contact details and licence numbers in the customer file's fields and remove it here.",
  },
  'config/state-not-in-schema': {
    'zh-CN':
      '流程 `{kind}` 中的状态 `{state}` 不在对应文档 schema 的状态枚举中。请同时在 schemas/ 里添加(含中英文名称)。',
    en: "The `{kind}` workflow has the state `{state}`, which the document schema's status enum lacks. Add it there too (with zh-CN and en labels).",
  },
  'config/state-missing': {
    'zh-CN':
      '文档 schema 允许状态 `{state}`,但流程 `{kind}` 没有定义它。请在 workflows.yaml 的 states 中补上。',
    en: 'The document schema allows the state `{state}`, but the `{kind}` workflow does not define it. Add it under states in workflows.yaml.',
  },
  'config/unknown-state': {
    'zh-CN': '流程 `{kind}` 引用了未定义的状态 `{state}`。',
    en: 'The `{kind}` workflow refers to the undefined state `{state}`.',
  },
  'config/unknown-field': {
    'zh-CN': '流程 `{kind}` 要求的字段 `{field}` 在该文档的 schema 中不存在。',
    en: 'The `{kind}` workflow requires the field `{field}`, which its document schema does not have.',
  },
  'config/time-zone': {
    'zh-CN': '时区 `{value}` 无效。请写 IANA 时区名,例如 `Asia/Shanghai`。',
    en: 'The time zone `{value}` is not valid. Use an IANA name such as `Asia/Shanghai`.',
  },
  'config/unknown-priority': {
    'zh-CN': '优先级矩阵中的 `{value}` 不在 levels 列表中。',
    en: 'The priority `{value}` in the matrix is not one of the levels.',
  },
  'config/duplicate-person': {
    'zh-CN': '`{key}` 为 `{value}` 的人员重复(第 {other} 项已有)。',
    en: 'The {key} `{value}` is used twice (entry {other} has it already).',
  },
  'config/representative-needs-customer': {
    'zh-CN': '用户方代表 `{id}` 须填写 `customer`:他/她代表哪个客户签字。',
    en: 'The customer representative `{id}` needs `customer`: the customer they sign for.',
  },
  'requirement/source-other-customer': {
    'zh-CN':
      '来源记录 `{value}` 属于客户 `{recordCustomer}`,而本需求属于客户 `{customer}`。请改正来源记录或客户。',
    en: 'The source record `{value}` belongs to customer `{recordCustomer}`, but this requirement is for `{customer}`. Fix the record or the customer.',
  },
  'layout/misplaced': {
    'zh-CN':
      '这个文件不在任何文档目录中,不会被当作文档检查。需求放在 content/requirements/,变更单放在 content/changes/,客户档案放在 content/customers/<客户编号>/customer.md。',
    en: 'This file is not in a document folder, so it is not checked as a document. Requirements go in content/requirements/, change requests in content/changes/, customer files in content/customers/<ID>/customer.md.',
  },
  'layout/extension': {
    'zh-CN':
      '文档的扩展名必须是小写的 `.md`,这个文件不会被检查。请改名(例如 `git mv REQ-0001.MD REQ-0001.md`)。',
    en: 'Documents must end in lower-case `.md`; this file is not checked. Rename it (e.g. `git mv REQ-0001.MD REQ-0001.md`).',
  },
  'layout/unknown-config': {
    'zh-CN':
      'content/config/ 中的这个文件不是 Docket 的配置文件,不会被读取。配置文件为 docket.yaml、people.yaml、workflows.yaml、priority.yaml、tiers.yaml、approvals.yaml、audiences.yaml(扩展名 `.yaml`)。',
    en: 'This file in content/config/ is not a Docket configuration file and is not read. The files are docket.yaml, people.yaml, workflows.yaml, priority.yaml, tiers.yaml, approvals.yaml and audiences.yaml (ending in `.yaml`).',
  },
  'file/symlink': {
    'zh-CN':
      '这是一个链接(符号链接或 git 子模块),不是文件。content/ 中只接受普通文件和文件夹(链接可能指向仓库之外或形成循环),它没有被检查。请用真实文件替换它。',
    en: 'This is a link (a symbolic link or a git submodule), not a file. content/ accepts only plain files and folders (a link may point outside the repository or loop), so it was not checked. Replace it with a real file.',
  },
  'file/not-a-file': {
    'zh-CN':
      '这不是普通文件或文件夹(而是管道、设备,或本应是文件夹的一个文件),没有被读取。请换成普通文件或文件夹。',
    en: 'This is neither a plain file nor a folder (a pipe, a device, or a file where a folder belongs), so it was not read. Replace it with a plain file or folder.',
  },
  'config/missing': {
    'zh-CN':
      '缺少配置文件。请补上它(各配置文件的作用见 README 的 Configuration 一节,格式见 schemas/config/)。',
    en: "This configuration file is missing. Add it back (the README's Configuration section says what each file holds; schemas/config/ gives its shape).",
  },
};
