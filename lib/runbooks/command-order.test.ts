import { describe, expect, it } from 'vitest';
import { commandsFor } from './command-order';
import type { Command } from './runbook-schema';

const command = (id: string, platform: Command['platform'], effect: Command['effect']): Command => ({
  id,
  label: id,
  shell: platform === 'windows' ? 'powershell' : 'zsh',
  platform,
  effect,
  code: 'x',
  placeholders: [],
});

const COMMANDS = [
  command('win-fix', 'windows', 'change'),
  command('mac-look', 'macos', 'diagnostic'),
  command('win-look', 'windows', 'diagnostic'),
  command('mac-fix', 'macos', 'change'),
  command('linux-look', 'linux', 'diagnostic'),
];

describe('commandsFor', () => {
  it('shows one platform only, diagnostics first', () => {
    expect(commandsFor(COMMANDS, 'windows').map((c) => c.id)).toEqual(['win-look', 'win-fix']);
    expect(commandsFor(COMMANDS, 'macos').map((c) => c.id)).toEqual(['mac-look', 'mac-fix']);
  });

  it('shows everything under both, diagnostics first, runbook order kept', () => {
    expect(commandsFor(COMMANDS, 'both').map((c) => c.id)).toEqual([
      'mac-look',
      'win-look',
      'linux-look',
      'win-fix',
      'mac-fix',
    ]);
  });

  it('puts diagnostics that are ready to run before those that ask for values', () => {
    const asks = { ...command('win-ask', 'windows', 'diagnostic'), placeholders: ['VPN_GATEWAY'] };
    const list = [asks, command('win-look', 'windows', 'diagnostic'), command('win-fix', 'windows', 'change')];
    expect(commandsFor(list, 'windows').map((c) => c.id)).toEqual(['win-look', 'win-ask', 'win-fix']);
  });
});
