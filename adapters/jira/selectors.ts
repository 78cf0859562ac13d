// Jira page knowledge as data. Facts and sources: docs/site-structures.md (sections named below). Each entry is a
// list of alternatives, tried in order; `fixturesFor` says how often each one matches in which fixture on
// load (checked in Chromium by tests/e2e/jira.spec.ts), so a selector that stops matching shows up there.

/**
 * Cloud issue view, full page / JSM agent view / board modal: the same `issue.views…` test ids
 * (docs/site-structures.md#jira-cloud-issue-view, #jira-cloud-issue-beside-a-board, #jsm-cloud-agent-view).
 */
export const cloud = {
  /** Summary heading; 2020 builds used `data-test-id` (#jira-cloud-issue-view). */
  summary: [
    'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]',
    'h1[data-test-id="issue.views.issue-base.foundation.summary.heading"]',
  ],
  /** Inline summary edit: a textarea replaces the heading until blur / Enter (#jira-cloud-issue-view). */
  summaryEditing: ['[data-testid="issue.views.issue-base.foundation.summary.heading.writeable"] textarea'],
  /** Breadcrumb link of the issue shown: key in its `span`, href `/browse/KEY` (#jira-cloud-issue-view). */
  currentIssue: [
    'a[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
    'a[data-test-id="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
  ],
  /** Description, rendered (#jira-cloud-issue-view): the renderer document first, the field wrapper as a fallback. */
  description: [
    '[data-testid="issue.views.field.rich-text.description"] .ak-renderer-document',
    '[data-testid="issue.views.field.rich-text.description"]',
  ],
  /** Reporter's name: the name wrapper inside the people field (e-mail addresses are not shown). */
  reporter: [
    '[data-testid="issue.views.field.user.reporter.name.wrapper"]',
    '[data-testid="issue.views.field.user.reporter"]',
  ],
} as const;

/**
 * Cloud comment box (docs/site-structures.md#jira-cloud-comment-box). The tab ids are fixed by Atlaskit's Tabs;
 * their captions are localised.
 */
export const cloudComment = {
  box: ['[data-testid="issue.activity.comment"]'],
  /** "Add internal note": the only tab we write under. */
  internalTab: ['#comment-editor-container-tabs-0'],
  /** "Reply to customer": visible to the requester. */
  replyTab: ['#comment-editor-container-tabs-1'],
  /** ProseMirror's root; every open editor has this id, so it is looked up inside the box (#jira-cloud-comment-box). */
  editor: ['#ak-editor-textarea', '.ProseMirror[contenteditable="true"]'],
  /** A code block in the editor: ProseMirror renders one as <pre> (Atlaskit wraps it in div.code-block). */
  codeBlock: 'pre',
  /** Collapsed JSM box: no test id, only captions (#jira-cloud-comment-box), so openers are found by text. */
  openerCaption: 'Add internal note',
  /** Never pressed by us; listed so tests can assert nothing was posted. */
  save: ['[data-testid="comment-save-button"]'],
} as const;

/**
 * Jira Data Center / Server issue view, JSP + jQuery (docs/site-structures.md#jira-data-center-issue-view,
 * #jira-data-center-comment-field, #jsm-data-center-agent-view). Runs on any host, maybe under a context path.
 */
export const dataCenter = {
  /** Application markers (#jira-hosts-and-urls): body#jira, the application-name meta, or the issue-key meta. */
  markers: ['body#jira', 'meta[name="application-name"][data-name="jira"]', 'meta[name="ajs-issue-key"]'],
  key: ['#key-val[data-issue-key]', '#key-val'],
  keyMeta: 'meta[name="ajs-issue-key"]',
  /**
   * The heading's text may sit in an `<a>`; inline edit shows `#summary-form #summary`
   * (#jira-data-center-issue-view).
   */
  summary: ['h1#summary-val'],
  summaryEditing: ['#summary-form #summary'],
  description: ['#description-val .user-content-block', '#description-val'],
  /** People module: `#reporter-val` holds a `.user-hover` link with the display name. */
  reporter: ['#reporter-val .user-hover', '#reporter-val'],
  /** JSM DC's expanded field is `textarea#comment` too; its form id is unconfirmed (#jsm-data-center-agent-view). */
  comment: ['form#issue-comment-add textarea#comment', 'textarea#comment'],
  /**
   * Openers of a collapsed comment form: JSM DC's fake textarea, plain Jira's footer button
   * (#jira-data-center-comment-field, #jsm-data-center-agent-view).
   */
  commentOpeners: ['#sd-comment-collapsed-textarea', '#footer-comment-button'],
  /**
   * Rich text editor mode: the textarea is covered and typing goes to a TinyMCE iframe
   * (#jira-data-center-comment-field).
   */
  richEditorClass: 'richeditor-cover',
  /** JSM DC: the button pressed decides the visibility (#jsm-data-center-agent-view). */
  sdMarkers: ['.sd-comment-buttons', '.sd-comment-collapse', '#sd-comment-collapsed-textarea'],
  sdInternalSubmit: ['.sd-comment-buttons button.sd-internal-submit'],
} as const;

/**
 * Customer portal: the requester's own view (docs/site-structures.md#jsm-customer-portal). Cloud portal DOM is
 * unconfirmed: the page heading.
 */
export const portal = {
  summary: ['main h1', '[role="main"] h1'],
} as const;

/** Where a Cloud app is recognised by DOM even on a custom domain (docs/site-structures.md#jira-hosts-and-urls). */
export const cloudMarkers = ['#jira-frontend'] as const;

/** [matches on load, fixture] per selector: tests/fixtures/jira/*.html. */
export const fixturesFor = {
  'cloud.summary': [
    [1, 'jira/cloud-issue.html'],
    [1, 'jira/jsm-queue-issue.html'],
    [2, 'jira/board-modal.html'],
    [0, 'jira/datacenter-issue.html'],
  ],
  'cloud.currentIssue': [
    [1, 'jira/cloud-issue.html'],
    [1, 'jira/jsm-queue-issue.html'],
    [2, 'jira/board-modal.html'],
  ],
  'cloud.description': [
    [1, 'jira/cloud-issue.html'],
    [1, 'jira/jsm-queue-issue.html'],
    [2, 'jira/board-modal.html'],
  ],
  'cloud.reporter': [
    [1, 'jira/cloud-issue.html'],
    [1, 'jira/jsm-queue-issue.html'],
    [2, 'jira/board-modal.html'],
    [0, 'jira/datacenter-issue.html'],
  ],
  'cloudComment.box': [
    [1, 'jira/cloud-issue.html'],
    [1, 'jira/jsm-queue-issue.html'],
    [2, 'jira/board-modal.html'],
    [0, 'jira/portal-request.html'],
  ],
  'cloudComment.internalTab': [
    [0, 'jira/cloud-issue.html'],
    [1, 'jira/jsm-queue-issue.html'],
    [2, 'jira/board-modal.html'],
  ],
  'cloudComment.editor': [
    [0, 'jira/cloud-issue.html'],
    [1, 'jira/jsm-queue-issue.html'],
    [2, 'jira/board-modal.html'],
  ],
  'dataCenter.markers': [
    [1, 'jira/datacenter-issue.html'],
    [0, 'jira/cloud-issue.html'],
  ],
  'dataCenter.summary': [
    [1, 'jira/datacenter-issue.html'],
    [0, 'jira/cloud-issue.html'],
  ],
  'dataCenter.reporter': [
    [1, 'jira/datacenter-issue.html'],
    [0, 'jira/cloud-issue.html'],
  ],
  'dataCenter.comment': [[1, 'jira/datacenter-issue.html']],
  'dataCenter.sdInternalSubmit': [[1, 'jira/datacenter-issue.html']],
  'portal.summary': [[1, 'jira/portal-request.html']],
} as const;

/**
 * Dialogs that float over the page (position: fixed), which the page's margin does not move: the board's
 * issue modal `[role="dialog"]` in `.atlaskit-portal-container`
 * (docs/site-structures.md#jira-cloud-issue-beside-a-board), and Atlaskit's other modals. The
 * panel gives the open ones room (entrypoints/panel.content/make-room-for-dialogs.ts).
 */
export const dialogs = ['[role="dialog"]'] as const;
