/**
 * The diagram as PNG or SVG, with html-to-image loaded only when asked for: the zones, the nodes,
 * the routed edges with their arrows and labels (drawn for the export even when the zoom hides them
 * on screen), at 1:1; a PNG at least 2× and at least 2,400 px wide, sharp on a slide.
 */
import { getNodesBounds, type Node } from '@xyflow/react';
import { setExporting } from '../canvas/export-mode.js';
import { saveFile } from '../ui/save-file.js';

const PADDING = 40;
const SLIDE_WIDTH = 2400;
/** Browsers refuse canvases much past 16,384 px a side. */
const MAX_SIDE = 16000;

function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

export function pixelRatio(width: number, height: number): number {
  const wanted = Math.max(2, SLIDE_WIDTH / Math.max(1, width));
  return Math.min(wanted, MAX_SIDE / Math.max(1, width, height));
}

export async function exportDiagram(nodes: Node[], format: 'png' | 'svg', fileBase: string) {
  const { toBlob, toSvg } = await import('html-to-image');
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) return;
  // Zones are nodes too: the bounds hold them.
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
    pixelRatio: pixelRatio(width, height),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`,
    },
  };
  setExporting(true);
  try {
    await nextFrame();
    // No fetch() of the data URL: the server's CSP allows connections to 'self' only.
    const blob =
      format === 'png' ? await toBlob(viewport, options) : svgBlob(await toSvg(viewport, options));
    if (blob) saveFile(blob, `${fileBase}.${format}`);
  } finally {
    setExporting(false);
  }
}

function svgBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const svg = decodeURIComponent(dataUrl.slice(comma + 1));
  return new Blob([svg], { type: 'image/svg+xml' });
}
