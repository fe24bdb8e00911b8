/**
 * Guided wiring: while a connection is dragged, the nodes it may end on are highlighted and the
 * others dimmed, with the reason on hover; dropping on a node's body connects; a refused drop says
 * why at once, in one message that goes away by itself.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvas, canvasEdge, canvasNode, openEmptyDesigner } from '../support/designer.js';

async function add(page: Page, kind: string, x: number, y: number) {
  await page
    .getByRole('button', { name: `Add ${kind}` })
    .dragTo(canvas(page), { targetPosition: { x, y } });
}

async function centre(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

test('valid ends are highlighted, refused ones dimmed with the reason, while dragging', async ({
  page,
}) => {
  await openEmptyDesigner(page);
  await add(page, 'Key Manager', 200, 120);
  await add(page, 'Gateway', 500, 120);
  await add(page, 'Load balancer', 200, 360);
  await add(page, 'Database', 500, 360);
  const km = canvasNode(page, 'Key Manager', 'km');
  const gw = canvasNode(page, 'Gateway', 'gw');
  const lb = canvasNode(page, 'Load balancer', 'lb');
  const db = canvasNode(page, 'Database', 'db');

  const from = await centre(km.locator('.react-flow__handle-bottom'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 60, { steps: 5 });
  await expect(gw.locator('.node-card')).toHaveAttribute('data-wiring', 'valid');
  await expect(db.locator('.node-card')).toHaveAttribute('data-wiring', 'valid');
  await expect(lb.locator('.node-card')).toHaveAttribute('data-wiring', 'refused');
  // Hovering the refused node says why, before anything is dropped.
  const over = await centre(lb);
  await page.mouse.move(over.x, over.y, { steps: 8 });
  await expect(page.getByRole('tooltip').filter({ hasText: 'fronts Gateway nodes' })).toBeVisible();
  // Dropped there: refused, said at once.
  await page.mouse.up();
  await expect(page.getByRole('alert')).toContainText('Connection refused.');
  await expect(canvasEdge(page, 'km', 'lb')).toHaveCount(0);
  await expect(lb.locator('.node-card')).not.toHaveAttribute('data-wiring', /./);

  // Dropped on a valid node's body (not its handle): connected.
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const target = await centre(gw);
  await page.mouse.move(target.x, target.y, { steps: 10 });
  await page.mouse.up();
  await expect(canvasEdge(page, 'km', 'gw')).toHaveCount(1);
  // The edge says which way the call goes and what it carries.
  await expect(canvasEdge(page, 'km', 'gw')).toHaveAttribute('aria-label', /carries HTTPS 9443/);

  // A second refusal replaces the first; the message goes by itself.
  for (let i = 0; i < 2; i++) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(over.x, over.y, { steps: 8 });
    await page.mouse.up();
  }
  await expect(page.getByRole('alert').locator('.toast')).toHaveCount(1);
  await expect(page.getByRole('alert').locator('.toast')).toHaveCount(0, { timeout: 15_000 });
});
