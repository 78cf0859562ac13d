import { describe, expect, it } from 'vitest';
import { acceptsSender, type Sender } from './message-senders';

const SELF = { id: 'abc', baseUrl: 'chrome-extension://abc/' };
const options: Sender = { id: 'abc', url: 'chrome-extension://abc/options.html', tab: { id: 4 }, frameId: 0 };
const top: Sender = { id: 'abc', url: 'https://acme.service-now.com/incident.do', tab: { id: 7 }, frameId: 0 };
const frame: Sender = { ...top, url: 'https://acme.service-now.com/incident.do?sys_id=1', frameId: 3 };

describe('which sender each message is taken from', () => {
  it('settings messages only from our own extension pages, never from a content script', () => {
    for (const type of ['sync-hosts', 'refresh-packs'] as const) {
      expect(acceptsSender(type, options, SELF)).toBe(true);
      expect(acceptsSender(type, top, SELF)).toBe(false);
      expect(acceptsSender(type, frame, SELF)).toBe(false);
      expect(acceptsSender(type, { ...options, id: 'other' }, SELF)).toBe(false);
    }
  });

  it("the panel's requests only from a tab's top frame", () => {
    for (const type of ['insert-note', 'panel-ready', 'get-shortcut'] as const) {
      expect(acceptsSender(type, top, SELF)).toBe(true);
      expect(acceptsSender(type, frame, SELF)).toBe(false);
      expect(acceptsSender(type, options, SELF)).toBe(false);
    }
  });

  it('ticket reports from any frame of a tab; what the background sends to tabs is never taken', () => {
    expect(acceptsSender('ticket', frame, SELF)).toBe(true);
    expect(acceptsSender('ticket', options, SELF)).toBe(false);
    expect(acceptsSender('ticket', { ...frame, tab: undefined }, SELF)).toBe(false);
    expect(acceptsSender('report-ticket', top, SELF)).toBe(false);
    expect(acceptsSender('toggle-panel', options, SELF)).toBe(false);
  });

  it('triage steps from the panel (top frame) and from the popup, not from a ticket frame or another extension', () => {
    const popup: Sender = { id: 'abc', url: 'chrome-extension://abc/popup.html' };
    expect(acceptsSender('triage', top, SELF)).toBe(true);
    expect(acceptsSender('triage', popup, SELF)).toBe(true);
    expect(acceptsSender('triage', frame, SELF)).toBe(false);
    expect(acceptsSender('triage', { ...top, id: 'other' }, SELF)).toBe(false);
  });
});
