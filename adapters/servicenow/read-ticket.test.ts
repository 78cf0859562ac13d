// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { emulateLayout, loadFixture } from '../page-fixture.test-helper';
import { readClassicForm } from './read-ticket';

// The classic form reader on the browser tests' own fixture page, without a browser: which fields it
// takes, and what it makes of a form whose fields are missing or renamed.

const RECORD = {
  table: 'incident',
  number: 'INC0010042',
  sys_id: 'abc',
  short_description: 'VPN <b>drops</b> every hour',
  description: 'Since Monday; Windows 11 laptop.',
};

beforeEach(emulateLayout);

describe('readClassicForm', () => {
  it('reads the number, the short description as text (markup stays text) and the description', () => {
    const ticket = readClassicForm(loadFixture('servicenow/classic-form.html', RECORD));
    expect(ticket).toEqual({
      site: 'servicenow',
      key: 'INC0010042',
      summary: 'VPN <b>drops</b> every hour',
      description: 'Since Monday; Windows 11 laptop.',
      noteTarget: 'work-notes',
    });
  });

  it('works on any task table: the form id names it', () => {
    const ticket = readClassicForm(loadFixture('servicenow/classic-form.html', { ...RECORD, table: 'sc_task' }));
    expect(ticket?.summary).toBe(RECORD.short_description);
  });

  it('caps a huge description', () => {
    const ticket = readClassicForm(
      loadFixture('servicenow/classic-form.html', { ...RECORD, description: 'x'.repeat(50_000) }),
    );
    expect(ticket?.description.length).toBe(2000);
  });

  it('reads nothing from a form without a short description field (renamed or removed)', () => {
    const doc = loadFixture('servicenow/classic-form.html', RECORD);
    doc.getElementById('incident.short_description')?.remove();
    expect(readClassicForm(doc)).toBeNull();
  });

  it('names the ticket by the display value when the number field is missing', () => {
    const doc = loadFixture('servicenow/classic-form.html', RECORD);
    doc.getElementById('incident.number')?.remove();
    doc.getElementById('sys_readonly.incident.number')?.remove();
    expect(readClassicForm(doc)?.key).toBe('INC0010042');
  });

  it('offers no insertion where the form has no journal', () => {
    const doc = loadFixture('servicenow/classic-form.html', RECORD);
    doc.querySelector('.activity-stream')?.remove();
    expect(readClassicForm(doc)?.noteTarget).toBeNull();
  });

  it('reads a closed record rendered read-only', () => {
    const ticket = readClassicForm(loadFixture('servicenow/classic-readonly.html', RECORD));
    expect(ticket?.summary).toBe(RECORD.short_description);
    expect(ticket?.noteTarget).toBeNull();
  });
});
