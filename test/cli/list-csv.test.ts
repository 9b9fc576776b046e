/** `--format csv` is opened in Excel: document text must never run there as a formula. */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { createFixtureRepo, runDocket } from '../helpers/repo.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('CSV export', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example","click")',
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    ],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('keeps text starting with %s as text, not a formula', (title, cell) => {
    const root = createFixtureRepo({
      'content/customers/CUS-001/customer.md': CUSTOMER.replace(
        '\nstatus:',
        `\nshort_name: '${title}'\nstatus:`,
      ),
      'content/requirements/REQ-0001.md': requirement('REQ-0001').replace(
        'title: 库存预警',
        `title: '${title}'`,
      ),
    });
    roots.push(root);
    const list = runDocket(root, ['list', '--format', 'csv', '--today', '2026-03-10']);
    expect(list.stdout.split('\n')[1]).toBe(
      `REQ-0001,${cell},P2,submitted,Submitted,,,CUS-001,${cell},2026-03-02,8,3,true,content/requirements/REQ-0001.md`,
    );
    const tiers = runDocket(root, [
      'list',
      'customers',
      '--tier-review',
      '--format',
      'csv',
      '--today',
      '2026-11-26',
    ]);
    expect(tiers.stdout).toContain(`\nCUS-001,${cell},2025,`);
  });
});
