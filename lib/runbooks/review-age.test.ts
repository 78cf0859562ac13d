import { describe, expect, it } from 'vitest';
import { isReviewStale, monthsBetween } from './review-age';

describe('review age', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2025-11-28', '2026-11-28')).toBe(12);
    expect(monthsBetween('2025-11-29', '2026-11-28')).toBe(11);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
  });

  it('calls a review stale from 12 months on', () => {
    expect(isReviewStale('2025-11-28', '2026-11-28')).toBe(true);
    expect(isReviewStale('2025-12-01', '2026-11-28')).toBe(false);
  });
});
