// The runbooks the matcher sees: every runbooks/*.yaml that parses against the schema. Quality
// problems (too few steps …) do not keep a runbook out of matching; schema errors do.
import type { Runbook } from '../lib/runbooks/runbook-schema';
import { loadLibrary, RUNBOOK_DIR } from './runbook-files';

export function loadRunbooks(dir = RUNBOOK_DIR): Runbook[] {
  return loadLibrary(dir).reports.flatMap((report) => (report.runbook ? [report.runbook] : []));
}
