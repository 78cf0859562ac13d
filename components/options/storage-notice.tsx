import { useEffect } from 'react';
import { storageNotice } from '../../services/storage/items';
import { repairStorage } from '../../services/storage/repair';
import { useStored } from '../hooks/use-stored';

/**
 * Tells the user, once, what broken stored data was reset (services/storage/repair.ts): shown until
 * dismissed. The page repairs on open too, in case the service worker has not run since the damage.
 */
export function StorageNotice() {
  const [notice, setNotice] = useStored(storageNotice);
  useEffect(() => {
    repairStorage().catch((error: unknown) => console.warn('[Runbook Lens] storage:', error));
  }, []);
  if (notice.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="storage-notice">
      <p>Some saved data could not be read and was reset. Everything else was kept:</p>
      <ul>
        {notice.map((line) => (
          <li key={line} data-testid="storage-notice-item">
            {line}
          </li>
        ))}
      </ul>
      <button type="button" data-testid="storage-notice-dismiss" onClick={() => setNotice(() => [])}>
        Dismiss
      </button>
    </div>
  );
}
