import { describe, expect, it } from 'vitest';
import { noticeMonths } from '../../../src/engine/law/noticeMonths';

describe('noticeMonths (LAS 11 §)', () => {
  it('gives one month below two years and steps at each boundary', () => {
    expect(noticeMonths(0)).toBe(1);
    expect(noticeMonths(1.99)).toBe(1);
    expect(noticeMonths(2)).toBe(2);
    expect(noticeMonths(3.99)).toBe(2);
    expect(noticeMonths(4)).toBe(3);
    expect(noticeMonths(6)).toBe(4);
    expect(noticeMonths(8)).toBe(5);
    expect(noticeMonths(9.99)).toBe(5);
    expect(noticeMonths(10)).toBe(6);
    expect(noticeMonths(40)).toBe(6);
  });
});
