#!/bin/sh
echo "The native Prisma schema engine is not used in this project: run 'npm run db:migrate' or 'npm run db:migrate:create' (scripts/db/migrate.ts drives the WASM engine)." >&2
exit 1
