import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';

export const KeyManagerNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('key-manager'),
});
export type KeyManagerNode = z.infer<typeof KeyManagerNode>;
