/** Whole months from `earlier` to `later` (both YYYY-MM-DD), counting a month only once its day is reached. */
export function monthsBetween(earlier: string, later: string): number {
  const [y1, m1, d1] = earlier.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = later.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** A runbook not reviewed for 12 months or more: the linter warns, the panel shows a warning. */
export function isReviewStale(lastReviewed: string, today: string): boolean {
  return monthsBetween(lastReviewed, today) >= 12;
}

export function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
