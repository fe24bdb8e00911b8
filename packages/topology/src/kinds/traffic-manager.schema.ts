import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';

export const TrafficManagerNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('traffic-manager'),
});
export type TrafficManagerNode = z.infer<typeof TrafficManagerNode>;
