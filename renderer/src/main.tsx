import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyInitialTheme } from './app/theme';
import './charts/register';
import { initI18n } from './i18n';
import './styles/app.css';

applyInitialTheme();
initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
