import { config } from 'zod/v4/core';

// Zod probes `new Function` to speed up object parsing; under our nonce CSP (no 'unsafe-eval') the browser
// reports that probe as a violation even though zod catches it. Every module that builds schemas imports
// this first, so the probe never runs.
config({ jitless: true });
