import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';

export const ControlPlaneNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('control-plane'),
});
export type ControlPlaneNode = z.infer<typeof ControlPlaneNode>;
