import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { planRenumber, replaceMentions } from '../../src/core/renumber.ts';

describe('replaceMentions', () => {
  it.each<[string, string, number]>([
    ['parent: REQ-0001', 'parent: REQ-0100', 1],
    ['depends_on: [REQ-0002, REQ-0001]', 'depends_on: [REQ-0002, REQ-0100]', 1],
    ['见 REQ-0001。', '见 REQ-0100。', 1],
    ['(REQ-0001)和REQ-0001的', '(REQ-0100)和REQ-0100的', 2],
    ['REQ-00011 stays', 'REQ-00011 stays', 0],
    ['XREQ-0001 stays', 'XREQ-0001 stays', 0],
    ['attachments/REQ-0001-scan.pdf', 'attachments/REQ-0001-scan.pdf', 0],
    ['attachments/REQ-0001.pdf', 'attachments/REQ-0001.pdf', 0],
    ['[link](../requirements/REQ-0001.md)', '[link](../requirements/REQ-0100.md)', 1],
    ['ends a sentence: REQ-0001.', 'ends a sentence: REQ-0100.', 1],
    ['"REQ-0001"', '"REQ-0100"', 1],
  ])('%s', (text, expected, count) => {
    expect(replaceMentions(text, 'REQ-0001', 'REQ-0100')).toEqual({ text: expected, count });
  });

  it('rewrites record IDs under a renumbered customer', () => {
    expect(
      replaceMentions('record: CUS-001/visits/2025-09-10-wang-fang', 'CUS-001', 'CUS-011').text,
    ).toBe('record: CUS-011/visits/2025-09-10-wang-fang');
  });
});

const REQUIREMENT = outdent`
  ---
  id: REQ-0001
  title: 原料库存预警
  customer: CUS-001
  ---
  见 CR-0001。
`;
const CHILD = outdent`
  ---
  id: REQ-0002
  parent: REQ-0001
  depends_on: [REQ-0001]
  ---
  拆分自 REQ-0001,与 REQ-00011 无关。
`;
const PEOPLE = 'people:\n  - { id: zhang-hua, customer: CUS-001 }\n';

function input(oldId: string, newId: string, extraPaths: string[] = []) {
  const texts = new Map([
    ['content/requirements/REQ-0001.md', REQUIREMENT],
    ['content/requirements/REQ-0002.md', CHILD],
    ['content/customers/CUS-001/customer.md', '---\nid: CUS-001\n---\n'],
    ['content/config/people.yaml', PEOPLE],
  ]);
  return {
    oldId,
    newId,
    texts,
    paths: [...texts.keys(), 'content/customers/CUS-001/attachments/licence.pdf', ...extraPaths],
  };
}

describe('planRenumber', () => {
  it('moves the document and rewrites links and body mentions elsewhere', () => {
    const result = planRenumber(input('REQ-0001', 'REQ-0100'));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.moves).toEqual([
      {
        from: 'content/requirements/REQ-0001.md',
        to: 'content/requirements/REQ-0100.md',
        mentions: 1,
        text: REQUIREMENT.replace('id: REQ-0001', 'id: REQ-0100'),
      },
    ]);
    expect(result.plan.rewrites.map(({ path, mentions }) => [path, mentions])).toEqual([
      ['content/requirements/REQ-0002.md', 3],
    ]);
    expect(result.plan.rewrites[0]?.text).toContain('拆分自 REQ-0100,与 REQ-00011 无关。');
  });

  it('moves a customer folder, attachments included, and rewrites people.yaml', () => {
    const result = planRenumber(input('CUS-001', 'CUS-011'));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.moves.map(({ to, text }) => [to, text !== undefined])).toEqual([
      ['content/customers/CUS-011/customer.md', true],
      ['content/customers/CUS-011/attachments/licence.pdf', false],
    ]);
    expect(result.plan.rewrites.map(({ path }) => path)).toEqual([
      'content/config/people.yaml',
      'content/requirements/REQ-0001.md',
    ]);
  });

  it.each<[string, string, string, string[]]>([
    ['REQ-0001', 'REQ-0002', 'renumber/taken', []],
    ['REQ-0001', 'REQ-0100', 'renumber/taken', ['content/requirements/REQ-0100.md']],
    ['REQ-0001', 'CR-0100', 'renumber/other-kind', []],
    ['REQ-0001', 'REQ-1', 'renumber/new-format', []],
    ['REQ-0001', 'banana', 'renumber/new-format', []],
    ['REQ-0001', 'REQ-0001', 'renumber/same', []],
    ['REQ-0404', 'REQ-0405', 'renumber/missing', []],
    ['CUS-001/visits/2026-01-01-x', 'CUS-002', 'renumber/old-format', []],
    ['CUS-001', 'CUS-002', 'renumber/taken', ['content/customers/CUS-002/customer.md']],
  ])('%s → %s is refused with %s', (oldId, newId, message, extraPaths) => {
    const result = planRenumber(input(oldId, newId, extraPaths));
    expect(result.ok ? 'planned' : result.message).toBe(message);
  });
});
