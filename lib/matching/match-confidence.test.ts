import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../tests/library/match-fixtures';
import { CONFIDENCE_MODEL, checkModel, confidenceOf, decisionInputs, UNFITTED_MODEL } from './match-confidence';
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

describe('the decision model’s inputs', () => {
  it('reads the first candidate’s lead and its share of the ranker’s belief over the pool', () => {
    const [, , , lead, share] = decisionInputs([0.5, 0.25], [2, 2 - Math.log(3)]);
    expect(lead).toBeCloseTo(Math.log(3));
    // e^2 against e^2 + e^2 / 3: three quarters of the pool's softmax.
    expect(share).toBeCloseTo(Math.log(0.75));
    // A crowd of close rivals leaves the same lead but a smaller share.
    const [, , , crowdLead, crowdShare] = decisionInputs([0.5, 0.25], [2, 2 - Math.log(3), 2 - Math.log(3), 1]);
    expect(crowdLead).toBeCloseTo(lead!);
    expect(crowdShare).toBeLessThan(share!);
  });

  it('gives a lone candidate the whole pool and a long but finite lead', () => {
    const [, lead, share] = decisionInputs([], [1.5]);
    expect(share).toBeCloseTo(0);
    expect(lead).toBeGreaterThan(5);
    expect(Number.isFinite(lead)).toBe(true);
  });
});
