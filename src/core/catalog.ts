/**
 * The service catalogue lives in `src/catalog/`: one module per service, each
 * its own chunk, loaded only when the config names the service. This module
 * keeps the type's old import path for site owners; it adds no code.
 */
export type { CatalogEntry, Lifetime } from '../catalog/types.js';
