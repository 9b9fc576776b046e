import { describe, expect, it } from 'vitest';
import { assembleRedline } from '../../src/core/redline.ts';

describe('assembleRedline', () => {
  it('compares Chinese character by character', () => {
    expect(assembleRedline('临期提醒提前30天', '临期提醒提前45天')).toEqual([
      { text: '临期提醒提前', change: 'same' },
      { text: '30', change: 'removed' },
      { text: '45', change: 'added' },
      { text: '天', change: 'same' },
    ]);
  });

  it('compares English word by word', () => {
    expect(assembleRedline('Export the monthly report', 'Export the weekly report')).toEqual([
      { text: 'Export the ', change: 'same' },
      { text: 'monthly', change: 'removed' },
      { text: 'weekly', change: 'added' },
      { text: ' report', change: 'same' },
    ]);
  });

  it('shows a new text as wholly added', () => {
    expect(assembleRedline('', '新增需求')).toEqual([{ text: '新增需求', change: 'added' }]);
  });
});
