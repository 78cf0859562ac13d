import { describe, expect, it } from 'vitest';
import { servicenow } from '.';
import { isClassicForm, isClassicShell, isList, isPolarisShell, portalTicket, workspaceRecord } from './variants';

const ID = '9d385017c611228701d22104cc95c371';
const H = 'https://acme.service-now.com';

const VARIANTS: Record<string, { predicate: (url: URL) => boolean; urls: string[]; ticket: boolean }> = {
  classicForm: {
    predicate: isClassicForm,
    urls: [`${H}/incident.do?sys_id=${ID}`, `${H}/sn_hr_core_case.do?sys_id=-1`, `${H}/sc_task.do?sys_id=${ID}`],
    ticket: true,
  },
  list: { predicate: isList, urls: [`${H}/incident_list.do?sysparm_query=active%3Dtrue`], ticket: false },
  classicShell: {
    predicate: isClassicShell,
    urls: [`${H}/nav_to.do?uri=%2Fincident.do%3Fsys_id%3D${ID}`],
    ticket: false,
  },
  polarisShell: {
    predicate: isPolarisShell,
    urls: [
      `${H}/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D${ID}`,
      `${H}/now/nav/ui/classic/params/target/incident.do?sys_id=${ID}`,
      `${H}/now/nav/ui/home`,
    ],
    ticket: false,
  },
  workspaceRecord: {
    predicate: (url) => workspaceRecord(url) !== null,
    urls: [
      `${H}/now/sow/record/incident/${ID}`,
      `${H}/now/sow/record/incident/${ID}/params/query/foo`,
      `${H}/now/workspace/agent/record/incident/${ID.toUpperCase()}`,
      `${H}/now/cwf/agent/record/sn_customerservice_case/${ID}`,
      `${H}/now/sow/record/incident/-1_uid_3`,
    ],
    ticket: true,
  },
  portalTicket: {
    predicate: (url) => portalTicket(url) !== null,
    urls: [
      `${H}/sp?id=ticket&table=incident&sys_id=${ID}`,
      `https://bnlprod.servicenowservices.com/esc?id=ticket&table=incident&sys_id=${ID}`,
      `${H}/csm?id=standard_ticket&table=sn_customerservice_case&sys_id=${ID}`,
    ],
    ticket: true,
  },
};

describe.each(Object.entries(VARIANTS))('%s', (name, { predicate, urls, ticket }) => {
  it.each(urls)('accepts %s', (href) => {
    expect(predicate(new URL(href))).toBe(true);
    expect(servicenow.mayHaveTicket(new URL(href))).toBe(ticket);
  });
  const others = Object.entries(VARIANTS).filter(([other]) => other !== name);
  it.each(others.flatMap(([, v]) => v.urls))("rejects the other variants' %s", (href) => {
    expect(predicate(new URL(href))).toBe(false);
  });
});

describe('route details', () => {
  it('reads table and sys_id (lower case) from a workspace record', () => {
    expect(workspaceRecord(new URL(`${H}/now/workspace/agent/record/incident/${ID.toUpperCase()}`))).toEqual({
      table: 'incident',
      sysId: ID,
    });
  });
  it('reads table and sys_id from a portal ticket', () => {
    expect(portalTicket(new URL(`${H}/esc?id=ticket&table=sc_req_item&sys_id=${ID}`))).toEqual({
      table: 'sc_req_item',
      sysId: ID,
    });
  });
});

describe('pages that never show a ticket', () => {
  it.each([
    `${H}/now/sow/home`,
    `${H}/now/sow/list/params/list-id/abc/tiny-id/def`,
    `${H}/now/workspace/agent/home`,
    `${H}/now/sow/record/incident/not-a-sys-id`,
    `${H}/sp?id=my_requests`,
    `${H}/sp?id=ticket&table=incident`,
    `${H}/sp?id=ticket&table=incident&sys_id=-1`,
    `${H}/sp/catalog?id=ticket&table=incident&sys_id=${ID}`,
    `${H}/incident_list.do`,
  ])('%s', (href) => {
    expect(servicenow.mayHaveTicket(new URL(href))).toBe(false);
  });
});
