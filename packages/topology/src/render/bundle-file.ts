import { z } from 'zod';

/** One file of the bundle: its path inside the zip and its text. */
export const BundleFile = z.strictObject({ path: z.string(), contents: z.string() });
export type BundleFile = Readonly<z.infer<typeof BundleFile>>;
