/** Messages of `docket new` (results and the questions it asks) and `docket renumber`. */
import type { Catalogue } from '../messages.ts';

export const AUTHORING_MESSAGES: Catalogue = {
  'new/needs-kind': {
    'zh-CN': '要新建什么?请在 `docket new` 后写上类型:{kinds}。例如 `docket new requirement`。',
    en: 'What should be created? Name a kind after `docket new`: {kinds}. For example `docket new requirement`.',
  },
  'new/unknown-kind': {
    'zh-CN': '要新建什么?`{value}` 不是可用的类型。可用:{kinds}。例如 `docket new requirement`。',
    en: 'What should be created? `{value}` is not a kind. Kinds: {kinds}. For example `docket new requirement`.',
  },
  'new/extra-argument': {
    'zh-CN': '多余的参数 `{value}`:文字请放在对应参数后,例如 `--title "…"`。',
    en: 'Unexpected argument `{value}`: give text after its flag, e.g. `--title "…"`.',
  },
  'new/missing-flags': {
    'zh-CN':
      '没有终端可以提问,缺少必填参数:{flags}。请补上这些参数再运行,或在终端中运行 `docket new {kind}` 逐项填写。',
    en: 'No terminal to ask in, and these required flags are missing: {flags}. Add them, or run `docket new {kind}` in a terminal to be asked.',
  },
  'new/broken-config': {
    'zh-CN':
      '配置文件有错误,无法新建文档。请先运行 `docket validate` 并修正 content/config/ 中的问题。',
    en: 'The configuration has errors, so nothing was created. Run `docket validate` and fix content/config/ first.',
  },
  'new/id-taken': {
    'zh-CN':
      '编号 {id} 刚被占用({path} 已存在,可能有人同时新建了文档)。没有覆盖任何文件,请重新运行。',
    en: 'The ID {id} was just taken ({path} exists; someone created a document at the same time). Nothing was overwritten; run the command again.',
  },
  'new/cancelled': { 'zh-CN': '已取消,没有创建任何文件。', en: 'Cancelled; no file was created.' },
  'new/created': { 'zh-CN': '✔ 已新建{kind} {id}:{path}', en: '✔ Created {kind} {id}: {path}' },
  'new/status': {
    'zh-CN': '  状态:{status}(自 {since} 起)',
    en: '  Status: {status} (since {since})',
  },
  'new/priority': { 'zh-CN': '  优先级:{code} {level}', en: '  Priority: {code} {level}' },
  'new/priority-note': { 'zh-CN': '→ 优先级:{code} {level}', en: '→ Priority: {code} {level}' },
  'new/next': {
    'zh-CN': '下一步:检查 {path},然后 `git add` 并提交拉取请求(PR)。',
    en: 'Next: review {path}, then `git add` it and open a pull request.',
  },
  'new/fix-problems': {
    'zh-CN': '文件已创建,但有上面的错误:请修改 {path} 后运行 `docket validate`。',
    en: 'The file was created but has the errors above: edit {path}, then run `docket validate`.',
  },

  'prompt/required': { 'zh-CN': '这一项必须填写', en: 'This one is required' },
  'prompt/optional': { 'zh-CN': '(可选,回车跳过)', en: '(optional, Enter to skip)' },
  'prompt/list-more': { 'zh-CN': '(再加一条;回车结束)', en: '(another one; Enter when done)' },
  'prompt/id-list': {
    'zh-CN': '(编号,可用逗号或空格分隔多个)',
    en: '(IDs, separated by commas or spaces)',
  },
  'prompt/use-editor': {
    'zh-CN': '较长的文字用编辑器($EDITOR)填写吗?',
    en: 'Write the longer texts in your editor ($EDITOR)?',
  },
  'prompt/internal-department': {
    'zh-CN': '内部部门(不是客户提出的)',
    en: 'An internal department (not a customer)',
  },
  'prompt/department': { 'zh-CN': '需求部门', en: 'Requesting department' },
  'prompt/other-department': { 'zh-CN': '其他部门…', en: 'Another department…' },
  'prompt/no-record': { 'zh-CN': '不关联记录', en: 'No record' },
  'prompt/expected': { 'zh-CN': '请填写{expected}', en: 'Expected {expected}' },

  'renumber/usage': {
    'zh-CN':
      '用法:docket renumber <旧编号> <新编号> [--dry-run],例如 `docket renumber REQ-0048 REQ-0050`;或 docket renumber --resume | --rollback。',
    en: 'Usage: docket renumber <old> <new> [--dry-run], e.g. `docket renumber REQ-0048 REQ-0050`; or docket renumber --resume | --rollback.',
  },
  'renumber/old-format': {
    'zh-CN':
      '`{value}` 不是可改编号的文档:只有需求、变更单、版本和客户可以改编号,例如 `REQ-0042`、`CUS-008`。',
    en: '`{value}` cannot be renumbered: only requirements, change requests, releases and customers can, e.g. `REQ-0042`, `CUS-008`.',
  },
  'renumber/same': {
    'zh-CN': '新旧编号相同(`{value}`),没有需要修改的。',
    en: 'The old and new IDs are the same (`{value}`); nothing to do.',
  },
  'renumber/other-kind': {
    'zh-CN': '`{value}` 是另一类文档的编号:{old} 是{kind},新编号须以 `{prefix}` 开头。',
    en: "`{value}` is another kind's ID: {old} is a {kind}, so the new ID must start with `{prefix}`.",
  },
  'renumber/new-format': {
    'zh-CN': '新编号 `{value}` 格式不对:{kind}编号形如 `{example}`。',
    en: 'The new ID `{value}` is malformed: a {kind} ID looks like `{example}`.',
  },
  'renumber/missing': {
    'zh-CN': '找不到{kind} `{value}`({path} 不存在)。',
    en: 'There is no {kind} `{value}` ({path} does not exist).',
  },
  'renumber/taken': {
    'zh-CN': '编号 `{value}` 已被占用({path} 已存在);没有修改任何文件。',
    en: 'The ID `{value}` is taken ({path} exists); nothing was changed.',
  },
  'renumber/not-utf8': {
    'zh-CN': '{path}:含有 `{old}`,但不是 UTF-8 文本,无法安全改写。请另存为 UTF-8 后再运行。',
    en: '{path}: contains `{old}` but is not UTF-8 text, so it cannot be rewritten safely. Save it as UTF-8, then run again.',
  },
  'renumber/not-utf8-guess': {
    'zh-CN':
      '{path}:含有 `{old}`,但不是 UTF-8 文本(看起来是 {guess}),无法安全改写。请另存为 UTF-8 后再运行。',
    en: '{path}: contains `{old}` but is not UTF-8 text (it looks like {guess}), so it cannot be rewritten safely. Save it as UTF-8, then run again.',
  },
  'renumber/binary': {
    'zh-CN':
      '{path}:含有 `{old}`,但这是二进制文件,不是文本,无法改写。请换成文本文件,或手工修改其中的引用后再运行。',
    en: '{path}: contains `{old}` but is a binary file, not text, so it cannot be rewritten. Replace it with a text file or change the mention by hand, then run again.',
  },
  'renumber/too-large': {
    'zh-CN':
      '{path}:含有 `{old}`,但文件过大({size} 字节,上限 {limit} 字节),不自动改写。请手工修改其中的引用后再运行。',
    en: '{path}: contains `{old}` but is too large to rewrite ({size} bytes; the limit is {limit}). Change the mention by hand, then run again.',
  },
  'renumber/symlink': {
    'zh-CN':
      '{path}:这是符号链接。renumber 不跟随也不改写链接,无法确定其中是否引用 `{old}`。请用真实文件替换它后再运行。',
    en: '{path}: is a symbolic link; renumber neither follows nor rewrites links, so it cannot tell whether it mentions `{old}`. Replace it with the real file, then run again.',
  },
  'renumber/refused-files': {
    'zh-CN':
      '没有修改任何文件:上面 {count} 个文件无法安全改写,而 renumber 要么改写全部引用,要么一处都不改。',
    en: 'Nothing was changed: the {count} file(s) above cannot be rewritten safely, and renumber rewrites every mention or none.',
  },
  'renumber/unfinished': {
    'zh-CN':
      '上一次 `docket renumber {old} {new}` 被中断,部分文件已改、部分未改。运行 `docket renumber --resume` 完成它,或 `docket renumber --rollback` 撤销它。',
    en: 'An earlier `docket renumber {old} {new}` was interrupted: some files are changed and some are not. Run `docket renumber --resume` to finish it, or `docket renumber --rollback` to undo it.',
  },
  'renumber/journal-damaged': {
    'zh-CN':
      '改编号日志 {path} 已损坏({reason}),无法据此完成或撤销。请用 git 查看并恢复文件(`git status`、`git checkout -- content`),然后删除 {path}。',
    en: 'The renumber journal {path} is damaged ({reason}), so it can neither finish nor undo anything. Check and restore the files with git (`git status`, `git checkout -- content`), then delete {path}.',
  },
  'renumber/locked': {
    'zh-CN': '另一个 `docket renumber` 正在运行(进程 {pid},开始于 {since})。请等它结束后再运行。',
    en: 'Another `docket renumber` is running (process {pid}, started {since}). Wait for it to finish, then run again.',
  },
  'renumber/stale-lock': {
    'zh-CN':
      '锁文件 {path} 来自进程 {pid}(开始于 {since}),但该进程已不在运行:上次改编号被中断了。请删除 {path},然后运行 `docket renumber --resume` 完成或 `docket renumber --rollback` 撤销。',
    en: 'The lock {path} is from process {pid} (started {since}), which is no longer running: that renumber was interrupted. Delete {path}, then run `docket renumber --resume` to finish it or `docket renumber --rollback` to undo it.',
  },
  'renumber/resumed': {
    'zh-CN': '✔ 已完成被中断的改编号 {old} → {new}。',
    en: '✔ Finished the interrupted renumber {old} → {new}.',
  },
  'renumber/rolled-back': {
    'zh-CN': '✔ 已撤销被中断的改编号 {old} → {new},所有文件恢复原样。',
    en: '✔ Undid the interrupted renumber {old} → {new}: every file is as it was before.',
  },
  'renumber/nothing-unfinished': {
    'zh-CN': '没有被中断的改编号需要完成或撤销。',
    en: 'There is no interrupted renumber to resume or roll back.',
  },
  'renumber/title': { 'zh-CN': '{kind} {old} 改为 {new}', en: '{kind} {old} → {new}' },
  'renumber/move': { 'zh-CN': '  改名  {from} → {to}', en: '  move     {from} → {to}' },
  'renumber/move-rewrite': {
    'zh-CN': '  改名  {from} → {to}({mentions} 处引用)',
    en: '  move     {from} → {to} ({mentions} mention(s))',
  },
  'renumber/rewrite': {
    'zh-CN': '  改写  {path}({mentions} 处引用)',
    en: '  rewrite  {path} ({mentions} mention(s))',
  },
  'renumber/done': {
    'zh-CN':
      '✔ 已改名 {moved} 个文件,改写 {rewritten} 个文件,共 {mentions} 处引用。运行 `docket validate` 检查结果。',
    en: '✔ Moved {moved} file(s), rewrote {rewritten} file(s), {mentions} mention(s) in all. Run `docket validate` to check.',
  },
  'renumber/dry-run': {
    'zh-CN':
      '预演:将改名 {moved} 个文件,改写 {rewritten} 个文件,共 {mentions} 处引用。没有修改任何文件。',
    en: 'Dry run: would move {moved} file(s), rewrite {rewritten} file(s), {mentions} mention(s) in all. Nothing was changed.',
  },
};
