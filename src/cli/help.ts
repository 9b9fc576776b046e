/** `docket --help` and `docket COMMAND --help`, in zh-CN and en. */
import type { Lang } from '../core/messages.ts';
import { APPROVAL_HELP, OVERVIEW_LINES } from './help-approvals.ts';

type Help = Readonly<Record<Lang, string>>;

const OVERVIEW: Help = {
  'zh-CN': `docket — 把客户需求、变更单、客户档案和版本作为文档放进 git

用法: docket <命令> [参数] [--lang zh-CN|en]

命令:
  validate [路径…]        检查文档和配置(格式、必填字段、编号、链接、日期)
  new <类型>              新建文档: requirement | change | customer | release
                          或客户记录: visit | complaint | service-request | survey --customer ID
  renumber <旧编号> <新编号>  改编号,并改写所有引用它的地方
  list [类型]             列出需求等(按优先级排序),可筛选,支持 --format json|csv
  show <编号>             查看一个文档的进度:状态、优先级、负责人、本阶段已用天数、是否超期
  summary                 检查内容并打印概览:各类文档按状态计数
${OVERVIEW_LINES['zh-CN']}

退出码: 0 正常(或只有警告), 1 发现错误, 2 用法错误或内部错误
运行 docket <命令> --help 查看各命令的参数。`,
  en: `docket — customer requirements, change requests, customer files and releases as documents in git

Usage: docket <command> [options] [--lang zh-CN|en]

Commands:
  validate [paths…]       check documents and configuration (schema, required fields, IDs, links, dates)
  new <kind>              create a document: requirement | change | customer | release
                          or a customer record: visit | complaint | service-request | survey --customer ID
  renumber <old> <new>    change an ID and rewrite every link to it
  list [kind]             list requirements and more (sorted by priority), with filters; --format json|csv
  show <ID>               one document's progress: status, priority, owner, days in stage, overdue
  summary                 check the content and print it at a glance: documents per kind and state
${OVERVIEW_LINES.en}

Exit codes: 0 clean (or warnings only), 1 problems found, 2 usage or internal error
Run docket <command> --help for its options.`,
};

const COMMANDS: Readonly<Record<string, Help>> = {
  ...APPROVAL_HELP,
  summary: {
    'zh-CN': `用法: docket summary

检查 content/(与 docket validate 相同),再按类型和状态列出文档数量。站点生成之前,npm start 运行的就是它。
退出码同 docket validate。`,
    en: `Usage: docket summary

Checks content/ (as docket validate does), then counts the documents per kind and state. Until the
site exists, this is what npm start runs. Exit codes as docket validate.`,
  },
  validate: {
    'zh-CN': `用法: docket validate [路径…] [--format text|json|github] [--max-warnings N] [--base REF]

检查整个仓库(编号和链接需要全部文档);给出路径时只报告这些文件的问题。
每个问题一行: 路径:行:列  级别  规则  说明
  --format github   输出 GitHub 注解(改动过的文件排在前面,可用 --base 指定对比分支),
                    并把完整列表写入 $GITHUB_STEP_SUMMARY
  --max-warnings N  警告超过 N 个也算失败
从不修改文件,也不读取当前日期。`,
    en: `Usage: docket validate [paths…] [--format text|json|github] [--max-warnings N] [--base REF]

Checks the whole repository (IDs and links need every document); with paths, reports problems in those files only.
One line per problem: path:line:col  severity  rule  message
  --format github   GitHub annotations (changed files first; --base names the branch to compare with),
                    and the full list in $GITHUB_STEP_SUMMARY
  --max-warnings N  fail when there are more than N warnings
Never modifies a file and never reads the clock.`,
  },
  new: {
    'zh-CN': `用法: docket new <类型> [参数]
  类型: requirement | change | customer | release
        visit | complaint | service-request | survey(客户关系记录,需 --customer)

用下一个空闲编号新建文档(本地已有最大编号 + 1),填好状态和日期,在终端中逐项提问;
写入后按 docket validate 的规则检查新文件。从不覆盖已有文件。
没有终端(或设置了 CI)时不提问:缺少的必填参数一次列出,退出码 2。
参数值用英文代码,也接受中文名称,例如 --importance 重要。

需求   --customer ID | --department 部门  --title  --requested-by 姓名  --contact
       --background 文字  --content 文字(正文的「需求背景」「需求内容」)
       --criterion 文字(可重复,依次编号 AC-1、AC-2 …)  --importance  --urgency
       --confidentiality(默认 internal)  --source 类型  --source-record 记录编号  --source-note
       --wanted-by 日期  --parent REQ-…  --tag(可重复)  --draft(以草稿开始,不要求正文和验收标准)
       默认状态「已提交」,提交日期和本阶段起始日为今天;新建后显示由重要程度 × 紧急程度得出的优先级。
变更单 --requirement REQ-…(可重复)  --title  --requested-by  --reason  --before  --after  --body
客户   --name  --short-name  --industry  --region  --account-manager 人员代号  --tier(默认 C,暂定)
       --contact-name  --contact-role  --scale  --website  --department  --new(新客户,附准入检查单)
版本   --title  --version  --planned-on 日期  --requirement REQ-…(可重复)
记录   --customer ID  --date(默认今天)  --by 人员代号  --slug 文件名后缀(默认 --by)
       visit: --type --summary --attendee --feedback --follow-up
       complaint: --severity --channel --summary    service-request: --notice-type --urgent --paid-service --summary
       survey: --score 1-5 --respondent --comments
       文件为 content/customers/ID/<visits|…>/日期-后缀.md,重名时加 -2、-3 …
通用   --editor(较长文字用 $EDITOR 填写)  --today 日期(或环境变量 DOCKET_TODAY;默认按 docket.yaml 的时区取今天)
正文小标题使用仓库的默认语言(docket.yaml 的 default_language)。
退出码: 0 已创建, 1 已创建但有错误 / 编号刚被占用 / 配置有误, 2 用法错误或缺少参数, 130 已取消`,
    en: `Usage: docket new <kind> [flags]
  kinds: requirement | change | customer | release
         visit | complaint | service-request | survey (relationship records, need --customer)

Creates a document with the next free ID (highest in this checkout + 1), status and dates filled in,
asking for the rest in a terminal; then checks the new file with the rules of docket validate.
Never overwrites a file. Without a terminal (or with CI set) nothing is asked: all missing required
flags are listed at once, exit 2. Values are English codes; zh labels work too (--importance 重要).

requirement  --customer ID | --department NAME  --title  --requested-by NAME  --contact
             --background TEXT  --content TEXT (the body's 需求背景 and 需求内容 sections)
             --criterion TEXT (repeatable, numbered AC-1, AC-2 …)  --importance  --urgency
             --confidentiality (default internal)  --source TYPE  --source-record RECORD  --source-note
             --wanted-by DATE  --parent REQ-…  --tag (repeatable)  --draft (start as a draft: no body or criteria needed)
             Starts submitted, submitted and in stage since today; prints the priority importance × urgency gives.
change       --requirement REQ-… (repeatable)  --title  --requested-by  --reason  --before  --after  --body
customer     --name  --short-name  --industry  --region  --account-manager PERSON  --tier (default C, temporary)
             --contact-name  --contact-role  --scale  --website  --department  --new (onboarding checklist)
release      --title  --version  --planned-on DATE  --requirement REQ-… (repeatable)
records      --customer ID  --date (default today)  --by PERSON  --slug SUFFIX (default: --by)
             visit: --type --summary --attendee --feedback --follow-up
             complaint: --severity --channel --summary    service-request: --notice-type --urgent --paid-service --summary
             survey: --score 1-5 --respondent --comments
             written to content/customers/ID/<visits|…>/DATE-SUFFIX.md, with -2, -3 … when taken
all          --editor (long texts in $EDITOR)  --today DATE (or env DOCKET_TODAY; default: today in docket.yaml's time zone)
Body headings follow the repository's default_language (docket.yaml).
Exit codes: 0 created, 1 created with errors / ID just taken / configuration broken, 2 usage error or missing flags, 130 cancelled`,
  },
  renumber: {
    'zh-CN': `用法: docket renumber <旧编号> <新编号> [--dry-run]
      docket renumber --resume | --rollback

给需求、变更单、版本或客户换编号:文件改名(客户整个文件夹,连同记录和附件),
并改写所有文档中对它的引用——上级需求、依赖、客户、变更单和版本的需求列表、需求来源记录、
people.yaml 的 customer,以及正文中的编号(按整词匹配,REQ-0001 不会改到 REQ-00011)。
以旧编号开头的附件文件名(如 REQ-0001-scan.pdf)保持不变。
先规划全部修改再写入;先写新文件再删旧文件。新编号已被占用、格式不对或属于另一类文档、
旧编号不存在时拒绝执行(退出码 1)。
修改期间持有锁 .docket/renumber.lock,并先写日志 .docket/renumber-journal.json;
若被中断,validate 会报告,--resume 完成修改,--rollback 撤销修改。
  --dry-run   只列出将要做的修改,不改任何文件
  --resume    完成被中断的改编号
  --rollback  撤销被中断的改编号`,
    en: `Usage: docket renumber <old> <new> [--dry-run]
       docket renumber --resume | --rollback

Gives a requirement, change request, release or customer a new ID: renames its file (a customer's whole
folder, records and attachments included) and rewrites every mention in every document — parent,
depends_on, customer, the requirements of change requests and releases, source records, people.yaml's
customer, and IDs in bodies (whole words only: REQ-0001 never touches REQ-00011). Attachment names that
start with the old ID (REQ-0001-scan.pdf) are left as they are.
Plans every edit first; writes each new file before removing the old one. Refuses (exit 1) when the new ID
is taken, malformed or of another kind, or when the old ID does not exist.
Holds the lock .docket/renumber.lock and writes the journal .docket/renumber-journal.json before any edit;
if interrupted, validate reports it, --resume finishes the edits and --rollback undoes them.
  --dry-run   print the plan and change nothing
  --resume    finish an interrupted renumber
  --rollback  undo an interrupted renumber`,
  },
  list: {
    'zh-CN': `用法: docket list [requirements|changes|customers|releases|records] [筛选] [--format text|json|csv] [--today YYYY-MM-DD]

列出文档的进度,默认列出需求。排序:优先级(高在前)→ 超期在前 → 本阶段天数多在前 → 编号。
  --customer ID     只看某个客户(变更单和版本按其包含的需求归属客户)
  --state 状态      按状态代码筛选,如 evaluating、in-development
  --priority P1     按优先级筛选(仅需求)
  --owner 人员代号  按负责人筛选(客户按客户经理,记录按经办人)
  --overdue         只看超期的(本阶段天数超过 workflows.yaml 的时限;终态从不超期)
  --kind 类型       记录类型: visit | complaint | service-request | survey(仅 records)
  --tier-review     客户等级评定:上一年度数据、规则建议等级、当前等级、到期的暂定等级(仅 customers)
  --format json|csv 机器可读;默认不含保密字段,加 --include-confidential 才输出
  --today 日期      按指定日期计算天数(也可用环境变量 DOCKET_TODAY);默认按 docket.yaml 的时区取今天
退出码: 0 正常, 1 配置无法读取(请运行 docket validate), 2 用法错误`,
    en: `Usage: docket list [requirements|changes|customers|releases|records] [filters] [--format text|json|csv] [--today YYYY-MM-DD]

Lists progress; requirements by default. Order: priority (highest first) → overdue first → longest in stage → ID.
  --customer ID     one customer only (changes and releases belong to the customers of their requirements)
  --state CODE      by state code, e.g. evaluating, in-development
  --priority P1     by priority (requirements only)
  --owner PERSON    by owner (account manager for customers, handler for records)
  --overdue         overdue only (days in stage above the limit in workflows.yaml; final states never are)
  --kind KIND       record kind: visit | complaint | service-request | survey (records only)
  --tier-review     the customer tier review: last year's figures, suggested and current tier, temporary tiers due (customers only)
  --format json|csv machine-readable; confidential fields only with --include-confidential
  --today DATE      count days as of this date (or env DOCKET_TODAY); default: today in docket.yaml's time zone
Exit codes: 0 ok, 1 configuration unreadable (run docket validate), 2 usage error`,
  },
  show: {
    'zh-CN': `用法: docket show <编号> [--format text|json] [--today YYYY-MM-DD] [--include-confidential]

查看一个文档的进度。需求:状态、本阶段天数与时限、是否超期、优先级、负责人、客户、验收标准、
评估摘要、下级需求/依赖/变更单/版本、下一步可转为的状态。变更单:涉及的需求及其状态、影响分析。
客户:档案、年度交易、分级规则的建议等级、未结需求、最近的记录。版本:包含的需求及其状态。
客户记录的编号形如 CUS-001/visits/2026-11-24-wang-fang。
退出码: 0 正常, 1 编号不存在或配置无法读取, 2 用法错误`,
    en: `Usage: docket show <ID> [--format text|json] [--today YYYY-MM-DD] [--include-confidential]

One document's progress. Requirement: status, days in stage against the limit, overdue, priority, owner,
customer, acceptance criteria, evaluation summary, children/dependants/changes/releases, allowed next states.
Change request: its requirements and their states, impact. Customer: profile, yearly figures, the tier the
rules suggest, open requirements, recent records. Release: its requirements and their states.
Relationship records have IDs such as CUS-001/visits/2026-11-24-wang-fang.
Exit codes: 0 ok, 1 unknown ID or configuration unreadable, 2 usage error`,
  },
};

export function printHelp(lang: Lang, command: string | undefined): void {
  const help = (command !== undefined ? COMMANDS[command] : undefined) ?? OVERVIEW;
  console.log(help[lang]);
}
