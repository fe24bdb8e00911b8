import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';

export const DevportalNode = z.strictObject({ ...apimNodeBaseShape, kind: z.literal('devportal') });
export type DevportalNode = z.infer<typeof DevportalNode>;
