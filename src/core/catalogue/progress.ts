/** zh-CN and en wording for `docket list` and `docket show` (进度查询). */
import type { Catalogue } from '../messages.ts';

const COLUMNS: Catalogue = {
  'progress/column/id': { 'zh-CN': '编号', en: 'ID' },
  'progress/column/title': { 'zh-CN': '标题', en: 'Title' },
  'progress/column/status_label': { 'zh-CN': '状态', en: 'Status' },
  'progress/column/priority': { 'zh-CN': '优先级', en: 'Priority' },
  'progress/column/owner_name': { 'zh-CN': '负责人', en: 'Owner' },
  'progress/column/customer_names': { 'zh-CN': '客户', en: 'Customer' },
  'progress/column/age_days': { 'zh-CN': '本阶段天数', en: 'Days in stage' },
  'progress/column/limit_days': { 'zh-CN': '时限', en: 'Limit' },
  'progress/column/overdue': { 'zh-CN': '超期', en: 'Overdue' },
  'progress/column/requirements': { 'zh-CN': '需求', en: 'Requirements' },
  'progress/column/tier': { 'zh-CN': '等级', en: 'Tier' },
  'progress/column/open_requirements': { 'zh-CN': '未结需求', en: 'Open reqs' },
  'progress/column/records': { 'zh-CN': '记录', en: 'Records' },
  'progress/column/version': { 'zh-CN': '版本号', en: 'Version' },
  'progress/column/planned_on': { 'zh-CN': '计划上线', en: 'Planned' },
  'progress/column/record_kind': { 'zh-CN': '类型', en: 'Kind' },
  'progress/column/date': { 'zh-CN': '日期', en: 'Date' },
};

const TIERS: Catalogue = {
  'progress/tier/title': {
    'zh-CN':
      '客户等级评定:依据 {year} 年度数据(金额单位:{unit}),按 content/config/tiers.yaml 的规则',
    en: 'Customer tier review: {year} figures (amounts in {unit}), by the rules in content/config/tiers.yaml',
  },
  'progress/tier/section': { 'zh-CN': '等级评定(分级规则)', en: 'Tier review (by the tier rules)' },
  'progress/tier/customer': { 'zh-CN': '编号', en: 'ID' },
  'progress/tier/name': { 'zh-CN': '客户', en: 'Customer' },
  'progress/tier/sales': { 'zh-CN': '销售额({unit})', en: 'Sales ({unit})' },
  'progress/tier/collection_rate': { 'zh-CN': '回款率', en: 'Collected' },
  'progress/tier/suggested': { 'zh-CN': '建议等级', en: 'Suggested' },
  'progress/tier/current': { 'zh-CN': '当前等级', en: 'Current' },
  'progress/tier/differs': { 'zh-CN': '不一致', en: 'Differs' },
  'progress/tier/temporary_due_on': { 'zh-CN': '暂定等级到期', en: 'Temporary tier due' },
  'progress/tier/due-mark': { 'zh-CN': '{date} ⚠ 已到期', en: '{date} ⚠ due' },
  'progress/tier/actions': { 'zh-CN': '需要处理:', en: 'To act on:' },
  'progress/tier/no-actions': {
    'zh-CN': '所有客户的等级与规则建议一致,没有到期的暂定等级。',
    en: 'Every tier matches the rules and no temporary tier is due.',
  },
  'progress/tier/change': {
    'zh-CN': '建议由 {from} 类调整为 {to} 类,须经{signers}',
    en: 'suggested change from tier {from} to tier {to}, to be {signers}',
  },
  'progress/tier/reviewer': {
    'zh-CN': '{people}({role})审核',
    en: 'reviewed by {people} ({role})',
  },
  'progress/tier/approver': {
    'zh-CN': '{people}({role})审批',
    en: 'approved by {people} ({role})',
  },
  'progress/tier/and': { 'zh-CN': ',再由', en: ' and ' },
  'progress/tier/reviewer-nobody': {
    'zh-CN': '{role}审核(people.yaml 中无人担任)',
    en: 'reviewed by the {role} (nobody in people.yaml has this role)',
  },
  'progress/tier/approver-nobody': {
    'zh-CN': '{role}审批(people.yaml 中无人担任)',
    en: 'approved by the {role} (nobody in people.yaml has this role)',
  },
  'progress/tier/temporary-due': {
    'zh-CN': '暂定等级已于 {date} 到期,需要评定正式等级',
    en: 'temporary tier due for review since {date}',
  },
  'progress/tier/temporary-until': {
    'zh-CN': '暂定等级,{date} 到期后评定',
    en: 'temporary tier, to be reviewed on {date}',
  },
  'progress/tier/suggestion': {
    'zh-CN':
      '{year} 年销售额 {sales} {unit},回款率 {rate}:规则建议 {suggested} 类,当前为 {current} 类。',
    en: '{year}: sales {sales} {unit}, collection rate {rate}: the rules suggest tier {suggested}; the current tier is {current}.',
  },
  'progress/tier/same': { 'zh-CN': '与当前等级一致。', en: 'This matches the current tier.' },
  'progress/tier/no-figures': {
    'zh-CN': '没有 {year} 年的交易数据,规则无法给出建议。',
    en: 'No figures for {year}: the rules cannot suggest a tier.',
  },
  'progress/tier/note': { 'zh-CN': '注:{note}', en: 'Note: {note}' },
};

const STAGES: Catalogue = {
  'progress/stage/in-time': {
    'zh-CN': '{status} · 本阶段已 {age} 天 / 时限 {limit} 天',
    en: '{status} · {age} days in stage / limit {limit}',
  },
  'progress/stage/overdue': {
    'zh-CN': '{status} · ⚠ 已超期 {over} 天(本阶段已 {age} 天 / 时限 {limit} 天)',
    en: '{status} · ⚠ overdue by {over} days ({age} days in stage / limit {limit})',
  },
  'progress/stage/no-limit': {
    'zh-CN': '{status} · 自 {since} 起 {age} 天(此阶段无时限)',
    en: '{status} · since {since}, {age} days (no limit for this stage)',
  },
  'progress/stage/starts-later': {
    'zh-CN': '{status} · 本阶段自 {since} 起,晚于今天({today}),尚未计时;请检查 stage_since',
    en: '{status} · the stage starts on {since}, after today ({today}), so no days count yet; check stage_since',
  },
  'progress/stage/closed': { 'zh-CN': '{status}(自 {since} 起)', en: '{status} (since {since})' },
  'progress/overdue-mark': { 'zh-CN': '⚠ 超期', en: '⚠ overdue' },
  'progress/tier-temporary': { 'zh-CN': '{tier}(暂定)', en: '{tier} (temporary)' },
};

const SHOW: Catalogue = {
  'progress/next-states': { 'zh-CN': '下一步可转为', en: 'May move to' },
  'progress/no-next-state': { 'zh-CN': '(终态,不再流转)', en: '(final state)' },
  'progress/reverse-links': { 'zh-CN': '关联(由其他文档计算)', en: 'Linked from other documents' },
  'progress/links/children': { 'zh-CN': '下级需求', en: 'Children' },
  'progress/links/dependants': { 'zh-CN': '依赖本需求的', en: 'Depended on by' },
  'progress/links/changes': { 'zh-CN': '变更单', en: 'Change requests' },
  'progress/links/releases': { 'zh-CN': '所在版本', en: 'Releases' },
  'progress/not-evaluated': { 'zh-CN': '尚未评估', en: 'Not evaluated yet' },
  'progress/evaluation-summary': {
    'zh-CN': '评估会议 {meeting} · 工作量 {effort} 人天 · 排期 {start} → {release}',
    en: 'Meeting {meeting} · effort {effort} person-days · schedule {start} → {release}',
  },
  'progress/no-impact': { 'zh-CN': '尚未做影响分析', en: 'No impact analysis yet' },
  'progress/open-requirements': {
    'zh-CN': '未结需求({count} / 共 {total} 条)',
    en: 'Open requirements ({count} of {total})',
  },
  'progress/recent-records': {
    'zh-CN': '最近的客户关系记录({count} / 共 {total} 条)',
    en: 'Recent relationship records ({count} of {total})',
  },
  'progress/score': { 'zh-CN': '{score} 分', en: 'score {score}' },
  'progress/yes': { 'zh-CN': '是', en: 'yes' },
  'progress/no': { 'zh-CN': '否', en: 'no' },
};

const OUTCOMES: Catalogue = {
  'progress/list-footer': {
    'zh-CN': '共 {count} 条,其中 {overdue} 条超期(按 {today} 计算)。',
    en: '{count} listed, {overdue} overdue (as of {today}).',
  },
  'progress/unknown-id': {
    'zh-CN': '找不到 `{value}`:没有这个编号的文档。运行 `docket list` 查看已有编号。',
    en: 'No document has the ID `{value}`. Run `docket list` to see the IDs.',
  },
  'progress/unknown-id-hint': {
    'zh-CN': '找不到 `{value}`:没有这个编号的文档。是不是 `{hint}`?',
    en: 'No document has the ID `{value}`. Did you mean `{hint}`?',
  },
  'progress/config-broken': {
    'zh-CN':
      '无法读取 content/config 中的配置,所以无法计算进度。请运行 `docket validate` 查看原因。',
    en: 'The configuration in content/config cannot be read, so progress cannot be computed. Run `docket validate` to see why.',
  },
  'progress/bad-time-zone': {
    'zh-CN':
      'content/config/docket.yaml 中的时区 `{value}` 无效(应为 IANA 时区,如 `Asia/Shanghai`)。也可以用 `--today YYYY-MM-DD` 指定日期。',
    en: 'The time zone `{value}` in content/config/docket.yaml is not valid (expected an IANA zone such as `Asia/Shanghai`). You can also give `--today YYYY-MM-DD`.',
  },
  'progress/bad-today-env': {
    'zh-CN': '环境变量 DOCKET_TODAY 的值 `{value}` 无效:应为 YYYY-MM-DD。',
    en: 'DOCKET_TODAY has `{value}`, which is not a YYYY-MM-DD date.',
  },
  'progress/option-scope': {
    'zh-CN': '`--{option}` 只能用于 `docket list {kind}`。',
    en: '`--{option}` works only with `docket list {kind}`.',
  },
  'progress/show-needs-id': {
    'zh-CN': '用法:docket show <编号>,例如 `docket show REQ-0012`。',
    en: 'Usage: docket show <ID>, e.g. `docket show REQ-0012`.',
  },
};

export const PROGRESS_MESSAGES: Catalogue = {
  ...COLUMNS,
  ...TIERS,
  ...STAGES,
  ...SHOW,
  ...OUTCOMES,
};
