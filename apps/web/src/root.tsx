/** The whole tree, as the browser renders it and as the build prerenders it (prerender.tsx). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { App } from './app.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { mutations: { retry: false }, queries: { retry: 1 } },
  });
}

export function Root(props: { queryClient: QueryClient }) {
  return (
    <StrictMode>
      <QueryClientProvider client={props.queryClient}>
        <Suspense fallback={<p className="boot">Loading the designer…</p>}>
          <App />
        </Suspense>
      </QueryClientProvider>
    </StrictMode>
  );
}
