import { ensureBrowser } from '../server/browsers';

// Before any Firefox test: Firefox ESR is there, installed now (Debian/Ubuntu as root), or one line says how.
export default function globalSetup(): void {
  ensureBrowser('firefox');
}
