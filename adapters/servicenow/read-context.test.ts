// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readClassicForm } from './read-ticket';

// Caller, e-mail and configuration item as the classic form renders them (tests/fixtures/servicenow).
const FORM = (fields: string) => `<form id="incident.do" name="incident.do">
  <input id="incident.number" value="INC0010002"><input id="incident.short_description" value="VPN down">
  ${fields}</form>`;

function read(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  return readClassicForm(document);
}

describe('readClassicForm context fields', () => {
  it('reads reference fields by their shown name, never the sys_id behind them', () => {
    const ticket = read(
      FORM(`<input type="hidden" id="incident.caller_id" value="62826bf03710200044e0bfc8bcbe5df1">
        <input id="sys_display.incident.caller_id" value="Abel Tuter">
        <input id="sys_readonly.incident.caller_id.email" readonly value="abel.tuter@acme.example">
        <input type="hidden" id="incident.cmdb_ci" value="a1b2c3d4e5f60718293a4b5c6d7e8f90">
        <input id="sys_display.incident.cmdb_ci" value="LAP-0042">`),
    );
    expect(ticket).toMatchObject({
      callerName: 'Abel Tuter',
      callerEmail: 'abel.tuter@acme.example',
      configurationItem: 'LAP-0042',
    });
  });

  it('leaves out what the form does not show, or shows empty', () => {
    const ticket = read(FORM(`<input id="sys_display.incident.caller_id" value="  ">`));
    expect(ticket).not.toBeNull();
    expect(ticket).not.toHaveProperty('callerName');
    expect(ticket).not.toHaveProperty('callerEmail');
    expect(ticket).not.toHaveProperty('configurationItem');
  });

  it('caps a hostile 100 KB value', () => {
    const ticket = read(FORM(`<input id="sys_display.incident.caller_id" value="${'x'.repeat(100_000)}">`));
    expect(ticket?.callerName?.length).toBe(256);
  });
});
