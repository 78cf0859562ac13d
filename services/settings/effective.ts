import { resolveSettings, type Effective } from '../../lib/settings/policy';
import { readSettings } from '../../lib/settings/settings';
import { localSettings } from '../storage/items';
import { readPolicy } from './policy-source';

/** The settings in force: the user's (`local:settings`) with the admin's policy on top. */
export async function loadEffective(): Promise<Effective & { problems: string[] }> {
  const [local, { policy, problems }] = await Promise.all([localSettings.getValue(), readPolicy()]);
  return { ...resolveSettings(readSettings(local), policy), problems };
}
