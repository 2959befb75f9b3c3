import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = createRoot(element);

const isShareLink = () => window.location.hash.startsWith('#/share/');
let showing: 'share' | 'dashboard' | undefined;

/**
 * Two entries behind one page: a share link loads only the customer view (no Amplify, no AWS SDK, no sign-in);
 * anything else loads the engineer's dashboard.
 */
async function render(): Promise<void> {
  const wanted = isShareLink() ? 'share' : 'dashboard';
  if (wanted === showing) return;
  showing = wanted;
  const Root: ComponentType =
    wanted === 'share' ? (await import('@/customer/customer-root')).CustomerRoot : (await import('@/app/app')).App;
  root.render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

window.addEventListener('hashchange', () => void render());
void render();
