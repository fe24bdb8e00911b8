/** The diagram as PNG or SVG, with html-to-image loaded only when asked for. */
import { getNodesBounds, type Node } from '@xyflow/react';
import { saveFile } from '../ui/save-file.js';

const PADDING = 40;

export async function exportDiagram(nodes: Node[], format: 'png' | 'svg', fileBase: string) {
  const { toBlob, toSvg } = await import('html-to-image');
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) return;
  const bounds = getNodesBounds(nodes);
  const width = Math.ceil(bounds.width + PADDING * 2);
  const height = Math.ceil(bounds.height + PADDING * 2);
  // 1:1, the diagram's bounds moved to the padding. (getViewportForBounds reads a number padding as a
  // fraction of the size: 40 meant 4000 % and clamped the zoom to its 0.1 minimum.)
  const vp = { x: PADDING - bounds.x, y: PADDING - bounds.y, zoom: 1 };
  const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
  const options = {
    backgroundColor: background || '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`,
    },
  };
  // No fetch() of the data URL: the server's CSP allows connections to 'self' only.
  const blob =
    format === 'png' ? await toBlob(viewport, options) : svgBlob(await toSvg(viewport, options));
  if (blob) saveFile(blob, `${fileBase}.${format}`);
}

function svgBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const svg = decodeURIComponent(dataUrl.slice(comma + 1));
  return new Blob([svg], { type: 'image/svg+xml' });
}
