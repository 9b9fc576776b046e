import { describe, expect, it } from 'vitest';
import {
  evaluateNextId,
  formatId,
  idsInPaths,
  isIdOf,
  kindOfPrefix,
  type NumberedKind,
} from '../../src/core/ids.ts';

describe('evaluateNextId', () => {
  it.each<[NumberedKind, string[], string]>([
    ['requirement', [], 'REQ-0001'],
    ['requirement', ['REQ-0001', 'REQ-0047', 'REQ-0003'], 'REQ-0048'],
    ['requirement', ['REQ-0001', 'REQ-0005'], 'REQ-0006'],
    ['requirement', ['REQ-9999'], 'REQ-10000'],
    ['requirement', ['REQ-0002', 'CR-0099', 'REQ-12', 'notes'], 'REQ-0003'],
    ['change', ['CR-0015'], 'CR-0016'],
    ['release', ['REL-003'], 'REL-004'],
    ['customer', ['CUS-009', 'CUS-010'], 'CUS-011'],
  ])('%s after %j is %s', (kind, existing, expected) => {
    expect(evaluateNextId(kind, existing)).toBe(expected);
  });
});

describe('ID formats', () => {
  it.each<[string, NumberedKind | undefined, boolean]>([
    ['REQ-0042', 'requirement', true],
    ['REQ-00421', 'requirement', true],
    ['REQ-042', 'requirement', false],
    ['CR-0001', 'change', true],
    ['REL-001', 'release', true],
    ['CUS-008', 'customer', true],
    ['CUS-08', 'customer', false],
    ['XYZ-0001', undefined, false],
  ])('%s: kind %s, valid %s', (id, kind, valid) => {
    expect(kindOfPrefix(id)).toBe(kind);
    if (kind) expect(isIdOf(kind, id)).toBe(valid);
  });

  it('pads like the layout table', () => {
    expect([formatId('requirement', 7), formatId('release', 7), formatId('customer', 7)]).toEqual([
      'REQ-0007',
      'REL-007',
      'CUS-007',
    ]);
  });
});

describe('idsInPaths', () => {
  const paths = [
    'content/requirements/REQ-0001.md',
    'content/requirements/attachments/REQ-0009-scan.pdf',
    'content/changes/CR-0002.md',
    'content/customers/CUS-004/customer.md',
    'content/customers/CUS-007/visits/2026-01-02-wang-fang.md',
    'content/config/people.yaml',
  ];
  it('reads file names for top-level kinds and folder names for customers', () => {
    expect([...idsInPaths('requirement', paths)]).toEqual(['REQ-0001']);
    expect([...idsInPaths('customer', paths)]).toEqual(['CUS-004', 'CUS-007']);
  });
});
