// Scripts see the same .env files as Next.js (.env, .env.local, .env.development, …), in the same order.
import nextEnv from '@next/env';
import { ROOT } from './db/schema-engine';

const dev = process.env.NODE_ENV !== 'production';
nextEnv.loadEnvConfig(ROOT, dev, { info: () => {}, error: console.error });
