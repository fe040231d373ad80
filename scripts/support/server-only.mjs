// `npm run jobs` runs lib/ code outside Next.js: let `import 'server-only'` resolve to an empty module
// there (inside Next it guards against client bundles; a plain Node process has no client to guard).
import { register } from 'node:module';

register('./server-only-loader.mjs', import.meta.url);
