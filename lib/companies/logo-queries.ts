import 'server-only';
import { db } from '@/lib/db';
import type { StoredBytes } from '@/lib/storage/file-storage';
import { fileStorage } from '@/lib/storage/storage.server';
import { parseLogoFileName } from './logo-url';

/** The bytes behind a logo's public name (`<hash>-<size>.webp`); null for any other name or a missing file. */
export async function getLogoFile(name: string): Promise<StoredBytes | null> {
  const parsed = parseLogoFileName(name);
  if (!parsed) return null;
  const row = await db.companyLogoFile.findFirst({ where: { hash: parsed.hash, size: parsed.size }, select: { fileId: true } });
  return row ? fileStorage().get(row.fileId) : null;
}
