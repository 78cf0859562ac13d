import { describe, expect, it } from 'vitest';
import { hostScripts, planHostScripts } from './host-scripts';

const jira = hostScripts([{ host: 'jira.acme.test', site: 'jira' }]);

describe('host scripts', () => {
  it('registers the ticket reader in every frame and the panel in the top frame, per host', () => {
    expect(jira).toEqual([
      {
        id: 'rl-host:ticket:jira.acme.test',
        matches: ['https://jira.acme.test/*'],
        js: ['content-scripts/ticket.js'],
        allFrames: true,
        runAt: 'document_idle',
      },
      {
        id: 'rl-host:panel:jira.acme.test',
        matches: ['https://jira.acme.test/*'],
        js: ['content-scripts/panel.js'],
        allFrames: false,
        runAt: 'document_idle',
      },
    ]);
  });

  it('registers what is missing, keeps what persisted, drops hosts no longer wanted, ignores others', () => {
    const persisted = [
      { ...jira[0]!, persistAcrossSessions: true },
      { id: 'rl-host:ticket:old.acme.test', matches: ['https://old.acme.test/*'], js: ['content-scripts/ticket.js'] },
      { id: 'someone-else', matches: ['https://x.test/*'] },
    ];
    expect(planHostScripts(jira, persisted)).toEqual({
      unregister: ['rl-host:ticket:old.acme.test'],
      register: [jira[1]],
    });
    expect(planHostScripts(jira, jira)).toEqual({ unregister: [], register: [] });
  });

  it('re-registers an id whose registration differs (a script renamed by an update)', () => {
    const stale = [{ ...jira[0]!, js: ['content-scripts/old.js'] }, jira[1]!];
    expect(planHostScripts(jira, stale)).toEqual({ unregister: [jira[0]!.id], register: [jira[0]] });
  });
});
