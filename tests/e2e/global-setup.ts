import { ensureBrowser } from '../server/browsers';

// Before any Chromium test: the browser is there, installed now (Debian/Ubuntu as root), or one line says how.
export default function globalSetup(): void {
  ensureBrowser('chromium');
}
