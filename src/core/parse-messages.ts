/** zh-CN and en messages for reading a file: bytes (decode.ts), fences and YAML (parse.ts). */
import type { Catalogue, Lang } from './messages.ts';

const FORMAT_HINT_ZH =
  '文档的格式是：第一行 `---`，接着每行一个 `字段: 值`，再一行 `---`，之后是 Markdown 正文。';
const FORMAT_HINT_EN =
  'A document is: a line `---`, then one `field: value` per line, then a line `---`, then the Markdown body.';

export const PARSE_MESSAGES: Catalogue = {
  'file/empty': {
    'zh-CN': `文件是空的（或只有空白）。${FORMAT_HINT_ZH}请补上内容，或删除这个文件。`,
    en: `The file is empty (or only whitespace). ${FORMAT_HINT_EN} Add the content or delete the file.`,
  },
  'file/too-large': {
    'zh-CN':
      '文件有 {size} 字节，超过了上限 {limit} 字节。文档应该是文字；扫描件、图片、数据表等大文件请作为附件放在文档旁边，并在正文里链接它。',
    en: 'The file is {size} bytes, over the limit of {limit} bytes. Documents are text; put large material (scans, images, spreadsheets) beside the document as an attachment and link to it from the body.',
  },
  'file/binary': {
    'zh-CN':
      '这个文件看起来是二进制文件（例如扫描件或图片），不是文字：开头部分含有空字节（NUL）。附件应放在文档旁边，附件本身不是文档；文档必须是 Markdown 文本（`.md`）。',
    en: 'This looks like a binary file (such as a scan or an image), not text: it has NUL bytes near the start. Attachments belong beside documents and are not documents themselves; a document must be Markdown text (`.md`).',
  },
  'file/binary-format': {
    'zh-CN':
      '这个文件看起来是 {format} 二进制文件（例如扫描件或图片），不是文字。附件应放在文档旁边，附件本身不是文档；文档必须是 Markdown 文本（`.md`）。',
    en: 'This looks like a {format} binary file (such as a scan or an image), not text. Attachments belong beside documents and are not documents themselves; a document must be Markdown text (`.md`).',
  },
  'file/encoding': {
    'zh-CN':
      '文件不是有效的 UTF-8 编码：这里有一个无法识别的字节 `0x{byte}`。请用 UTF-8 编码重新保存文件（例如在记事本中：另存为 → 编码选 UTF-8）。',
    en: 'The file is not valid UTF-8: the byte `0x{byte}` here cannot be read. Save the file again as UTF-8 (for example in Notepad: Save As → Encoding: UTF-8).',
  },
  'file/encoding-gbk': {
    'zh-CN':
      '文件不是 UTF-8 编码，看起来是 {guess} 编码（Windows 上常见的中文编码），从这里开始无法读取（字节 `0x{byte}`）。请另存为 UTF-8：在记事本中选 另存为 → 编码 UTF-8；或在命令行运行 `iconv -f GBK -t UTF-8 原文件.md > 新文件.md`。',
    en: 'The file is not UTF-8; it looks {guess}-encoded (common for Chinese text on Windows) and cannot be read from here on (byte `0x{byte}`). Save it again as UTF-8: in Notepad use Save As → Encoding: UTF-8, or run `iconv -f GBK -t UTF-8 old.md > new.md`.',
  },
  'file/encoding-utf16': {
    'zh-CN':
      '文件是 UTF-16 编码（记事本里叫“Unicode”），不是 UTF-8。请另存为 UTF-8：在记事本中选 另存为 → 编码 UTF-8。',
    en: 'The file is UTF-16 encoded (Notepad calls it "Unicode"), not UTF-8. Save it again as UTF-8: in Notepad use Save As → Encoding: UTF-8.',
  },
  'frontmatter/missing': {
    'zh-CN': `文件没有以前置信息（front-matter）开头：第一行必须是单独的 \`---\`，前面不能有空行或其他文字。${FORMAT_HINT_ZH}`,
    en: `The file does not start with front-matter: the first line must be \`---\` on its own, with no blank line or text before it. ${FORMAT_HINT_EN}`,
  },
  'frontmatter/engine': {
    'zh-CN':
      '前置信息（front-matter）的第一行必须正好是 `---`，这里写的是 `{line}`。Docket 只接受 YAML 格式的字段；`{engine}` 等其他格式可能执行代码，所以不会被运行。请把第一行改成 `---`，并用 `字段: 值` 的形式写字段。',
    en: 'The first line of the front-matter must be exactly `---`, but it is `{line}`. Docket only accepts YAML fields; other formats such as `{engine}` can run code and are never evaluated. Change the first line to `---` and write fields as `field: value`.',
  },
  'frontmatter/unclosed': {
    'zh-CN':
      '前置信息（front-matter）没有结束：第 1 行的 `---` 之后找不到单独一行的 `---`。请在最后一个字段之后加一行 `---`，然后再写正文。',
    en: 'The front-matter is not closed: after the `---` on line 1 there is no line with just `---`. Add a line `---` after the last field, before the body.',
  },
  'frontmatter/too-large': {
    'zh-CN':
      '前置信息（front-matter）有 {size} 字节，超过了上限 {limit} 字节。前置信息只放简短的字段；长的说明请写到结束的 `---` 之后的正文里。',
    en: 'The front-matter is {size} bytes, over the limit of {limit} bytes. Keep fields short; put long descriptions in the body after the closing `---`.',
  },
  'frontmatter/empty': {
    'zh-CN':
      '前置信息（front-matter）是空的：两行 `---` 之间没有任何字段。请在中间写上字段，例如 `title: 登录页支持短信验证码`。',
    en: 'The front-matter is empty: there are no fields between the two `---` lines. Add fields between them, for example `title: SMS codes on the login page`.',
  },
  'frontmatter/not-mapping': {
    'zh-CN':
      '前置信息（front-matter）应该是一组 `字段: 值`，这里却是{found}。请每行写一个 `字段: 值`，冒号用英文半角 `:`，冒号后加一个空格，例如 `title: 登录页支持短信验证码`。',
    en: 'The front-matter should be a set of `field: value` lines, but it is {found}. Write one `field: value` per line, with an ASCII colon `:` followed by a space, for example `title: SMS codes on the login page`.',
  },
  'yaml/empty': {
    'zh-CN': '配置文件里没有任何字段。请按 `字段: 值` 的形式写上内容。',
    en: 'The configuration file has no fields. Write its content as `field: value` lines.',
  },
  'yaml/not-mapping': {
    'zh-CN':
      '配置文件应该是一组 `字段: 值`，这里却是{found}。请每行写一个 `字段: 值`，冒号用英文半角 `:`，冒号后加一个空格。',
    en: 'The configuration file should be a set of `field: value` lines, but it is {found}. Write one `field: value` per line, with an ASCII colon `:` followed by a space.',
  },
  'yaml/duplicate-key': {
    'zh-CN':
      '字段 `{key}` 在同一层级出现了不止一次。每个字段只能写一次；请删除或合并重复的那一行。',
    en: 'The field `{key}` appears more than once at the same level. Each field may appear only once; remove or merge the repeated line.',
  },
  'yaml/tab': {
    'zh-CN': '这一行用 Tab 键缩进了。YAML 不能用 Tab 缩进，请改用空格（通常每一级两个空格）。',
    en: 'This line is indented with a tab. YAML cannot be indented with tabs; use spaces instead (usually two per level).',
  },
  'yaml/alias': {
    'zh-CN':
      '文档里不允许使用 YAML 锚点（`&名字`）和别名（`*名字`），这里出现了 `{found}`。请把值完整地写出来；如果 `&` 或 `*` 本来就是文字的一部分，请给整个值加上引号，例如 `"{found}"`。',
    en: 'YAML anchors (`&name`) and aliases (`*name`) are not allowed in documents, but here is `{found}`. Write the value out in full; if the `&` or `*` is part of the text, put the whole value in quotes, for example `"{found}"`.',
  },
  'yaml/unsafe-tag': {
    'zh-CN':
      '不允许使用 YAML 标签 `{tag}`：这是未知或不安全的标签，没有被执行。请删掉这个标签，只写普通的值。',
    en: 'The YAML tag `{tag}` is not allowed: it is unknown or unsafe and was not executed. Remove the tag and write a plain value.',
  },
  'yaml/too-deep': {
    'zh-CN': 'YAML 字段嵌套太深，超过了 {limit} 层。请把结构写得扁平一些。',
    en: 'The YAML fields are nested too deeply (more than {limit} levels). Flatten the structure.',
  },
  'yaml/syntax': {
    'zh-CN':
      'YAML 字段的格式有误：{hint}。请检查这一行和上一行：缩进是否对齐、冒号后是否有空格、引号和括号是否成对。',
    en: 'The YAML fields are malformed: {hint}. Check this line and the one before: aligned indentation, a space after each colon, matching quotes and brackets.',
  },
};

/** Plain-language hints for js-yaml's most common reasons; anything else shows the reason itself. */
const YAML_REASON_HINTS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  'bad indentation of a mapping entry': {
    'zh-CN': '字段的缩进不对，或者一行里有两个 `: `',
    en: 'a field is indented wrongly, or a line has two `: `',
  },
  'bad indentation of a sequence entry': {
    'zh-CN': '列表项（`- `）的缩进不对',
    en: 'a list item (`- `) is indented wrongly',
  },
  'deficient indentation': {
    'zh-CN': '缩进不够，常见原因是上面的引号或括号没有闭合',
    en: 'the indentation is too small, often because a quote or bracket above is not closed',
  },
  'end of the stream or a document separator is expected': {
    'zh-CN': '这一行无法识别，请检查冒号和缩进',
    en: 'this line cannot be read; check the colon and indentation',
  },
  'missed comma between flow collection entries': {
    'zh-CN': '方括号或花括号里的各项之间缺少逗号',
    en: 'a comma is missing between items in brackets or braces',
  },
  'unexpected end of the stream within a flow collection': {
    'zh-CN': '方括号 `[` 或花括号 `{` 没有闭合',
    en: 'a bracket `[` or brace `{` is not closed',
  },
  'unexpected end of the stream within a double quoted scalar': {
    'zh-CN': '双引号 `"` 没有闭合',
    en: 'a double quote `"` is not closed',
  },
  'unexpected end of the stream within a single quoted scalar': {
    'zh-CN': "单引号 `'` 没有闭合",
    en: "a single quote `'` is not closed",
  },
  'can not read a block mapping entry; a multiline key may not be an implicit key': {
    'zh-CN': '字段名不能跨行，常见原因是冒号后少了空格或上一行的引号没有闭合',
    en: 'a field name cannot span lines; often a colon lacks its space or a quote above is not closed',
  },
  'object-based map does not support complex keys': {
    'zh-CN': '字段名必须是简单的文字',
    en: 'a field name must be plain text',
  },
  'expected a single document in the stream, but found more': {
    'zh-CN': '一行 `...` 提前结束了 YAML，后面的内容无法读取',
    en: 'a line `...` ends the YAML early and what follows cannot be read',
  },
};

/** `hint@zh-CN` / `hint@en` params for a `yaml/syntax` issue (see formatMessage). */
export function yamlReasonHint(reason: string): Record<string, string> {
  const hint = YAML_REASON_HINTS[reason] ?? {
    'zh-CN': `解析器提示“${reason}”`,
    en: `the parser says "${reason}"`,
  };
  return { 'hint@zh-CN': hint['zh-CN'], 'hint@en': hint.en };
}
