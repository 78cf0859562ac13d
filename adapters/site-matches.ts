/** The ticket sites we run on out of the box; custom hosts are added at run time (options page). */
export const SERVICENOW_MATCHES = ['https://*.service-now.com/*', 'https://*.servicenowservices.com/*'] as const;
export const JIRA_MATCHES = ['https://*.atlassian.net/*', 'https://*.jira.com/*'] as const;
export const SITE_MATCHES = [...SERVICENOW_MATCHES, ...JIRA_MATCHES] as const;
