/** The device platforms a runbook's commands are written for, as the panel's toggle offers them. */
export type DevicePlatform = 'windows' | 'macos';
/** What the panel shows: one platform's commands, or every command. */
export type PlatformChoice = DevicePlatform | 'both';

// Words that name the user's device. Apple phones and tablets count as macOS: their tickets are handled
// with the Mac tooling (and a ticket naming both an iPhone and a laptop is usually about the Mac).
const NAMES: Record<DevicePlatform, RegExp> = {
  macos:
    /\b(?:mac|macs|macbook(?:\s*(?:pro|air))?|imac|mac\s*mini|mac\s*studio|macos|os\s*x|osx|iphone|ipad|apple\s+(?:laptop|computer|device)|finder|keychain)\b/i,
  windows:
    /\b(?:windows|win\s?1[01]|win\s?7|pc|pcs|thinkpad|surface|dell|hp\s+(?:laptop|elitebook|probook)|lenovo|powershell|cmd\.exe|bitlocker)\b/i,
};

function platformsNamed(text: string): DevicePlatform[] {
  return (Object.keys(NAMES) as DevicePlatform[]).filter((p) => NAMES[p].test(text));
}

/**
 * The platform a ticket names, or null when it names none or both. The summary decides when it names
 * exactly one; otherwise the description does (the agent's summary is the more deliberate text).
 */
export function inferTicketPlatform(summary: string, description = ''): DevicePlatform | null {
  for (const text of [summary, description]) {
    const named = platformsNamed(text.slice(0, 4000));
    if (named.length === 1) return named[0]!;
    if (named.length > 1) return null;
  }
  return null;
}

/** Whether a command written for `platform` shows under `choice` (Linux commands show only under both). */
export function showsFor(platform: string, choice: PlatformChoice): boolean {
  return choice === 'both' || platform === choice;
}
