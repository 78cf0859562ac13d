import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LEARNING } from '../../lib/settings/settings';
import { learnedExamples, ticketTrails } from '../storage/items';
import { forgetLearning, recordExample, recordTrail } from './learning-store';

const NOW = Date.UTC(2026, 11, 8);
const DAY = 24 * 60 * 60 * 1000;
const ORIGIN = 'https://acme.service-now.com';
const example = (ticket: string, at = NOW) => ({
  origin: ORIGIN,
  ticket,
  terms: ['kronos', 'kiosk'],
  runbook: 'azure-app-proxy-unreachable',
  negative: false,
  at,
});

beforeEach(() => fakeBrowser.reset());

describe('learning store', () => {
  it('switched off, nothing is recorded', async () => {
    const off = { ...DEFAULT_LEARNING, enabled: false };
    await recordExample(example('INC1'), off);
    await recordTrail({ origin: ORIGIN, ticket: 'INC1', terms: ['kronos'], shown: null, at: NOW }, off);
    expect(await learnedExamples.getValue()).toEqual([]);
    expect(await ticketTrails.getValue()).toEqual([]);
  });

  it('each write applies the retention: too old and past the cap go, oldest first', async () => {
    const settings = { enabled: true, retentionDays: 10, maxExamples: 2 };
    await learnedExamples.setValue([example('OLD', NOW - 11 * DAY), example('INC1', NOW - 2 * DAY)]);
    await recordExample(example('INC2', NOW - DAY), settings);
    await recordExample(example('INC3'), settings);
    expect((await learnedExamples.getValue()).map((e) => e.ticket)).toEqual(['INC3', 'INC2']);
  });

  it('Forget all empties the examples and the knowledge-gap records', async () => {
    await recordExample(example('INC1'), DEFAULT_LEARNING);
    await recordTrail({ origin: ORIGIN, ticket: 'INC1', terms: ['kronos'], shown: null, at: NOW }, DEFAULT_LEARNING);
    await forgetLearning();
    expect(await learnedExamples.getValue()).toEqual([]);
    expect(await ticketTrails.getValue()).toEqual([]);
  });
});
