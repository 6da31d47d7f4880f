// The 'zod' that client bundles get (next.config.js aliases it for the browser build only): the same library
// with JIT compilation off. Zod 4 probes for eval support with `Function('')` on first use; under Trame's CSP
// (no 'unsafe-eval') that probe is blocked and reported as a CSP violation. Server code keeps the JIT.
import * as z from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
