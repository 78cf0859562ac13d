/**
 * The resolver groups the bundled runbooks hand tickets to: one list, so a runbook cannot invent a
 * group the service desk does not have ("Identity & Access Mgmt"). An organisation deploying its own
 * copy edits this list to its real assignment groups; packs are not held to it.
 */
export const RESOLVER_GROUPS = [
  'Business Applications',
  'Collaboration Team',
  'Deskside Support',
  'Endpoint Engineering',
  'Facilities/Printing',
  'Identity and Access Management',
  'Infrastructure Operations',
  'Messaging Team',
  'Network Operations',
  'Regulatory Compliance',
  'Security Operations',
  'Service Desk Lead',
  'Software Asset Management',
] as const;
