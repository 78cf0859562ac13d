import { stem } from './stem';
import type { AliasedToken } from './synonyms';

/**
 * "Already restarted", "tried a reboot", "já reiniciei": a restart the user tried first is what they
 * did about the problem, not the problem (an unexpected restart). Left in, it pulls every such
 * ticket towards the crash runbook. Words are canonical (after aliasing, "rebooted" is "restart") and compared by stem.
 */
const TRIED = new Set(['already', 'tried', 'try', 'trying', 'ja', 'ya', 'deja', 'schon', 'bereits', 'gia', 'reeds']);
const FIXES = new Set(['restart']);
/** How far apart the two words may be: "already restarted", "tried to restart", "tried a quick restart". */
const REACH = 3;

export function dropTriedFixes(tokens: readonly AliasedToken[]): AliasedToken[] {
  return tokens.filter((t, i) => {
    if (!FIXES.has(stem(t.term))) return true;
    const near = tokens.slice(Math.max(0, i - REACH), i + 2);
    return !near.some((n) => TRIED.has(n.term));
  });
}
