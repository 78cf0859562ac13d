import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/options-app';
import './options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
