/** A database server holding WSO2AM_DB (`apim_db`), WSO2SHARED_DB (`shared_db`) or both. */
import { z } from 'zod';
import { LIMITS, Secret, nodeBaseShape } from '../fields.js';
import { DATABASE_ENGINES, type DatabaseEngineKey } from './database-engines.js';

const ENGINE_NAMES: readonly DatabaseEngineKey[] = Object.keys(DATABASE_ENGINES).filter(
  (k): k is DatabaseEngineKey => k in DATABASE_ENGINES,
);
export const DatabaseEngineName = z.enum(ENGINE_NAMES);
export type DatabaseEngineName = z.infer<typeof DatabaseEngineName>;

const DbName = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[A-Za-z_][A-Za-z0-9_$-]*$/,
    'a database name is letters, digits, _ , $ or -, starting with a letter or _',
  );

export const DatabaseNode = z.strictObject({
  ...nodeBaseShape,
  kind: z.literal('database'),
  engine: DatabaseEngineName.default('mysql'),
  /** Omitted: the engine's default port. */
  port: z.number().int().min(1).max(65535).optional(),
  /** Name of WSO2AM_DB on this server; null when this server does not hold it. */
  apimDbName: DbName.nullable().default('apim_db'),
  /** Name of WSO2SHARED_DB on this server; null when this server does not hold it. */
  sharedDbName: DbName.nullable().default('shared_db'),
  username: z.string().min(1).max(LIMITS.nameLength).default('wso2carbon'),
  password: Secret.default('wso2carbon'),
});
export type DatabaseNode = z.infer<typeof DatabaseNode>;
