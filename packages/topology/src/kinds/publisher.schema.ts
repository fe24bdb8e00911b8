import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';

export const PublisherNode = z.strictObject({ ...apimNodeBaseShape, kind: z.literal('publisher') });
export type PublisherNode = z.infer<typeof PublisherNode>;
