import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../tests/library/match-fixtures';
import { CONFIDENCE_MODEL, checkModel, confidenceOf, UNFITTED_MODEL } from './match-confidence';
import { FEATURE_NAMES } from './match-features';
import { createMatcher } from './match';

describe('the fitted confidence model', () => {
  it('ships weights for exactly the features the matcher computes, with ordered cut-offs', () => {
    expect(() => checkModel(CONFIDENCE_MODEL)).not.toThrow();
    expect(CONFIDENCE_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(CONFIDENCE_MODEL.possible).toBeLessThanOrEqual(CONFIDENCE_MODEL.strong);
    expect(CONFIDENCE_MODEL.strong).toBeGreaterThan(0);
    expect(CONFIDENCE_MODEL.strong).toBeLessThan(1);
  });

  it('refuses weights fitted for other features instead of scoring silently wrong', () => {
    const stale = { ...CONFIDENCE_MODEL, features: CONFIDENCE_MODEL.features.slice(1) };
    expect(() => createMatcher(fixtureLibrary(), undefined, stale)).toThrow(/npm run fit/);
  });

  it('maps a probability to the words the panel shows', () => {
    const model = { ...UNFITTED_MODEL, strong: 0.7, possible: 0.4 };
    expect(confidenceOf(0.9, model)).toBe('strong');
    expect(confidenceOf(0.5, model)).toBe('possible');
    expect(confidenceOf(0.1, model)).toBe('none');
    expect(confidenceOf(undefined, model)).toBe('none');
  });

  it('shows the strong match with its probability as the score, and says how sure it is', () => {
    const matcher = createMatcher(fixtureLibrary());
    const strong = matcher.match('vpn keeps disconnecting every hour');
    expect(strong.confidence).toBe('strong');
    expect(strong.confident?.score).toBeGreaterThanOrEqual(CONFIDENCE_MODEL.strong);
    const none = matcher.match('payslip');
    expect(none.confidence).toBe('none');
    expect(none.confident).toBeNull();
  });

  it('with a model that knows nothing, ranks by the evidence and is never sure', () => {
    const matcher = createMatcher(fixtureLibrary(), undefined, UNFITTED_MODEL);
    const outcome = matcher.match('vpn keeps disconnecting at the hotel');
    expect(outcome.results[0]?.id).toBe('vpn-drops-frequently');
    expect(outcome.confident).toBeNull();
  });
});
