/**
 * The build's second pass (`vite build --ssr`): the designer as a first visit shows it — an empty
 * document, its known checks, the light theme — rendered to HTML for index.html, so that the page
 * paints before its JavaScript has arrived and the browser hydrates it (main.tsx).
 */
import { renderToString } from 'react-dom/server';
import { createQueryClient, Root } from './root.js';

export function prerender(): string {
  return renderToString(<Root queryClient={createQueryClient()} />);
}
