import { describe, expect, it } from '@jest/globals';
import { showsPercent } from '#src/common/workbook/shows-percent.js';

describe('whether a number format shows a percentage', () => {
  it('is true where % scales the number, false where it is only shown text', () => {
    for (const format of ['0%', '0.00%', '#,##0.0%', '[Red]0%', '0%;[Red]-0%']) expect(showsPercent(format)).toBe(true);
    for (const format of [undefined, '', 'General', '0.00', '@', '0"%"', '0\\%', '[$%-409]0', 'dd/mm/yyyy'])
      expect(showsPercent(format)).toBe(false);
  });
});
