/** Every released schema, oldest first. A schema change is one new file here plus its test. */
import type { SchemaVersion } from './types';
import { v1 } from './v1';
import { v2 } from './v2';

export type { SchemaVersion } from './types';
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2];
