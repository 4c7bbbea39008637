// Removes the previous build so stale chunks never ship or pass a test.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
