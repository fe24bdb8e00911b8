import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '@xyflow/react/dist/style.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { loadCore } from './core/lazy-core.js';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { mutations: { retry: false }, queries: { retry: 1 } },
});

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Suspense fallback={<p className="boot">Loading the designer…</p>}>
          <App />
        </Suspense>
      </QueryClientProvider>
    </StrictMode>,
  );

// The rest of the core (validation, generation, schemas) arrives right after the first paint.
void loadCore();
