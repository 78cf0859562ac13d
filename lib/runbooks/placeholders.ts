// Values a command needs from this ticket or this organisation, written `__NAME__` in the command text:
// a plain word in PowerShell, cmd, bash and zsh, so a placeholder left unfilled fails harmlessly instead
// of being read as a redirection (`<SiteCode>` in cmd) or a script block (`{x}` in PowerShell).

/** Where the panel can fill a placeholder from before the agent types anything. */
export type PlaceholderSource =
  /** A field the site adapter reads from the ticket (caller, configuration item). */
  | { from: 'ticket'; field: 'callerEmail' | 'callerName' | 'configurationItem' }
  /** An organisation value set in the options page or by policy. */
  | { from: 'org' }
  /** Only the agent knows it: typed into the command card. */
  | { from: 'agent' };

export interface PlaceholderInfo {
  label: string;
  source: PlaceholderSource;
}

/** The names the bundled library uses; a pack may use others (the agent fills them in). */
export const PLACEHOLDERS = {
  USER_UPN: { label: "User's sign-in name (UPN)", source: { from: 'ticket', field: 'callerEmail' } },
  USER_NAME: { label: "User's short name (sAMAccountName)", source: { from: 'agent' } },
  USER_DISPLAY_NAME: { label: "User's display name", source: { from: 'ticket', field: 'callerName' } },
  COMPUTER_NAME: { label: 'Computer name', source: { from: 'ticket', field: 'configurationItem' } },
  MAILBOX: { label: 'Mailbox address', source: { from: 'agent' } },
  VPN_GATEWAY: { label: 'VPN gateway', source: { from: 'org' } },
  TENANT_DOMAIN: { label: 'Tenant domain (acme.onmicrosoft.com)', source: { from: 'org' } },
  SPO_ADMIN_URL: { label: 'SharePoint admin URL', source: { from: 'org' } },
  SITE_URL: { label: 'SharePoint site URL', source: { from: 'agent' } },
  SITE_CODE: { label: 'ConfigMgr site code', source: { from: 'org' } },
  MP_FQDN: { label: 'ConfigMgr management point', source: { from: 'org' } },
  PRINT_SERVER: { label: 'Print server', source: { from: 'org' } },
  PRINTER_NAME: { label: 'Printer name', source: { from: 'agent' } },
  SHARE_PATH: { label: 'Share path (\\\\server\\share)', source: { from: 'agent' } },
  DOMAIN_CONTROLLER: { label: 'Domain controller', source: { from: 'org' } },
  AD_DOMAIN: { label: 'AD domain', source: { from: 'org' } },
  USAGE_LOCATION: { label: 'Usage location (two-letter country code)', source: { from: 'agent' } },
  OKTA_DOMAIN: { label: 'Okta domain', source: { from: 'org' } },
  WIFI_SSID: { label: 'Wi-Fi network name (SSID)', source: { from: 'org' } },
  PROXY_HOST: { label: 'Proxy host', source: { from: 'org' } },
  GROUP_NAME: { label: 'Group name', source: { from: 'agent' } },
  APP_NAME: { label: 'Application name', source: { from: 'agent' } },
  // Added by the runbook review (#17) where none of the names above fits:
  FILE_PATH: { label: 'Full path of the file or folder', source: { from: 'agent' } },
  FILE_SERVER: { label: 'File server name', source: { from: 'agent' } },
  DRIVE_LETTER: { label: 'Drive letter (without the colon)', source: { from: 'agent' } },
  SERIAL_NUMBER: { label: 'Device serial number', source: { from: 'agent' } },
  SENDER_ADDRESS: { label: "Sender's e-mail address", source: { from: 'agent' } },
  CREDENTIAL_TARGET: { label: 'Saved credential target (from cmdkey /list)', source: { from: 'agent' } },
  LICENCE_SKU: { label: 'Licence SKU part number (for example SPE_E3)', source: { from: 'agent' } },
  WEB_HOST: { label: 'Web site host name', source: { from: 'agent' } },
  BACKEND_HOST: { label: "Application's internal (backend) host", source: { from: 'agent' } },
  SITE_SERVER: { label: 'ConfigMgr site server', source: { from: 'org' } },
  ROOT_CA_NAME: { label: "Organisation's root CA name", source: { from: 'org' } },
} as const satisfies Record<string, PlaceholderInfo>;

export type KnownPlaceholder = keyof typeof PLACEHOLDERS;

/** Placeholder names: upper snake case, as written between the double underscores. */
export const PLACEHOLDER_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** Every `__NAME__` in a command, in order of first use. */
export function placeholdersIn(code: string): string[] {
  const names = [...code.matchAll(/__([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)__/g)].map((m) => m[1] as string);
  return [...new Set(names)];
}

/** How to label a placeholder: the known label, else its name in words. */
export function placeholderLabel(name: string): string {
  const known = (PLACEHOLDERS as Record<string, PlaceholderInfo>)[name];
  return known?.label ?? name.toLowerCase().replace(/_/g, ' ');
}

/** The command with every filled placeholder replaced; unfilled ones are listed, never guessed. */
export function fillPlaceholders(
  code: string,
  values: Readonly<Record<string, string>>,
): { code: string; missing: string[] } {
  const missing = placeholdersIn(code).filter((name) => !values[name]?.trim());
  const filled = code.replace(/__([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)__/g, (whole, name: string) =>
    values[name]?.trim() ? (values[name] as string).trim() : whole,
  );
  return { code: filled, missing };
}
