import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The `<runbook-lens>` element while it is in the page, and what `onMount` made of its container. */
export interface PanelHost<T> {
  readonly mounted: T | undefined;
  mount(): void;
  remove(): void;
}

/**
 * The panel's host (shared/contract.md): `<runbook-lens>` at the end of the body, an open shadow root with
 * the panel's CSS and one container for React. It is what WXT's createShadowRootUi built here, without the
 * anchoring, auto-mount and CSS fetching the panel never used: 8 kB less in the script every ticket page
 * parses (issue #20). Keys typed in the panel stop at the shadow root, so the page's own shortcuts
 * (ServiceNow, Jira) do not fire while the agent types in the search box or a placeholder.
 */
export function createPanelHost<T>(
  ctx: ContentScriptContext,
  options: {
    name: string;
    css: string;
    onMount: (container: HTMLElement) => T;
    onRemove: (mounted: T | undefined) => void;
  },
): PanelHost<T> {
  let host: HTMLElement | null = null;
  let mounted: T | undefined;
  const remove = (): void => {
    if (!host) return;
    options.onRemove(mounted);
    host.remove();
    host = null;
    mounted = undefined;
  };
  ctx.onInvalidated(remove);
  return {
    get mounted() {
      return mounted;
    },
    mount() {
      remove();
      host = document.createElement(options.name);
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      // `!important` inside the shadow root beats even the page's `!important` rules for our host.
      style.textContent = `:host{all:initial !important}\n${options.css}`;
      const container = document.createElement('div');
      shadow.append(style, container);
      for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
      document.body.append(host);
      mounted = options.onMount(container);
    },
    remove,
  };
}
