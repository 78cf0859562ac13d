import { describe, expect, it } from 'vitest';
import { placeholderDefaults } from './placeholder-defaults';

describe('placeholderDefaults', () => {
  it('fills ticket placeholders from the ticket and org placeholders from the organisation', () => {
    const values = placeholderDefaults(
      { callerName: 'Abel Tuter', callerEmail: 'abel.tuter@acme.example', configurationItem: 'LAP-0042' },
      { VPN_GATEWAY: 'vpn.acme.com', SITE_CODE: 'P01' },
    );
    expect(values).toEqual({
      USER_DISPLAY_NAME: 'Abel Tuter',
      USER_UPN: 'abel.tuter@acme.example',
      COMPUTER_NAME: 'LAP-0042',
      VPN_GATEWAY: 'vpn.acme.com',
      SITE_CODE: 'P01',
    });
  });

  it('leaves out what the ticket does not show; an org value never stands in for a ticket field', () => {
    expect(placeholderDefaults({ callerName: '  ' }, { USER_UPN: 'someone@acme.example' })).toEqual({});
    expect(placeholderDefaults(null, { PROXY_HOST: 'proxy.acme.com' })).toEqual({ PROXY_HOST: 'proxy.acme.com' });
  });
});
