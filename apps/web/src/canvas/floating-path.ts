/**
 * Edges between the nearest sides of two nodes, whichever way the document stores the edge
 * (a database edge may run db → km while the database sits below): diagrams stay untangled.
 */
import { getBezierPath, Position, type InternalNode } from '@xyflow/react';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function box(n: InternalNode): Box {
  return {
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    w: n.measured.width ?? 200,
    h: n.measured.height ?? 64,
  };
}

function side(b: Box, towards: { x: number; y: number }): { x: number; y: number; p: Position } {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const dx = towards.x - cx;
  const dy = towards.y - cy;
  // Prefer top/bottom: cards are wide, and the documents' diagrams flow downwards.
  if (Math.abs(dy) * 2.2 >= Math.abs(dx))
    return dy >= 0
      ? { x: cx, y: b.y + b.h, p: Position.Bottom }
      : { x: cx, y: b.y, p: Position.Top };
  return dx >= 0 ? { x: b.x + b.w, y: cy, p: Position.Right } : { x: b.x, y: cy, p: Position.Left };
}

export function floatingPath(a: InternalNode, b: InternalNode): [string, number, number] {
  const ba = box(a);
  const bb = box(b);
  const ca = { x: ba.x + ba.w / 2, y: ba.y + ba.h / 2 };
  const cb = { x: bb.x + bb.w / 2, y: bb.y + bb.h / 2 };
  const s = side(ba, cb);
  const t = side(bb, ca);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: s.x,
    sourceY: s.y,
    sourcePosition: s.p,
    targetX: t.x,
    targetY: t.y,
    targetPosition: t.p,
  });
  return [path, labelX, labelY];
}
