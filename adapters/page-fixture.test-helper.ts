import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fixture page as the browser tests serve it (%%field%% filled, HTML-escaped), laid into happy-dom's
 * document. happy-dom has no layout, so "shown" is taken from inline `display: none` and the
 * `ng-hide` class the fixtures use, the way Chromium would lay them out.
 */
export function loadFixture(relative: string, fields: Record<string, string> = {}): Document {
  const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = readFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', relative), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/%%(\w+)%%/g, (_m, key: string) => escape(fields[key] ?? ''));
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...parsed.head.childNodes);
  document.body.replaceChildren(...parsed.body.childNodes);
  return document;
}

/** Layout as the fixtures' CSS gives it: hidden by `display: none` or `.ng-hide` on the element or an ancestor. */
export function emulateLayout(): void {
  const hidden = (e: Element | null): boolean =>
    e !== null &&
    (e.classList.contains('ng-hide') ||
      e.classList.contains('hidden') ||
      (e as HTMLElement).style?.display === 'none' ||
      hidden(e.parentElement));
  Element.prototype.getClientRects = function (this: Element) {
    return (hidden(this) ? [] : [{ x: 0, y: 0, width: 10, height: 10 }]) as never;
  };
}
