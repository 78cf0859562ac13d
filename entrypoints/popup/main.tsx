import { createRoot } from 'react-dom/client';
import { useLibrary } from '../../components/hooks/use-library';
import { RunbookFinder } from '../../components/popup/runbook-finder';
// The panel's stylesheet, so the popup shows runbooks exactly as the panel does.
import '../panel.content/panel.css';
import './popup.css';

function Popup() {
  return <RunbookFinder library={useLibrary()} initialId={new URLSearchParams(location.search).get('runbook')} />;
}

createRoot(document.getElementById('root')!).render(<Popup />);
