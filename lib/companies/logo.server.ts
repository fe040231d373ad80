import 'server-only';
import { db } from '@/lib/db';
import type { FileStorage } from '@/lib/storage/file-storage';
import { fileStorage } from '@/lib/storage/storage.server';
import type { Actor } from '@/lib/vacancies/lifecycle.server';
import { resizeLogo } from './logo-image.server';
import { LOGO_MAX_BYTES } from './vocabulary';
import { roleIn, type CompanyOutcome } from './member.server';

// Upload and removal of a company's logo; owners only, like the rest of the profile. The resized files are
// stored first, then swapped in with the company row locked; the old files go after the commit. A file left
// behind by a failure (a crash, a bucket that is down) has no company_logo_files row, and the retention job
// sweeps such files after a day.

const PURPOSE = 'logo';
const logoError = (key: string) => ({ ok: false as const, error: 'invalid' as const, fieldErrors: { logo: [`company.form.errors.logo.${key}`] } });

function guard(actor: Actor, companyId: string) {
  const role = roleIn(actor, companyId);
  if (!role) return { ok: false, error: 'notFound' } as const;
  if (role !== 'owner') return { ok: false, error: 'notOwner' } as const;
  return null;
}

async function deleteFiles(ids: string[], storage: FileStorage) {
  for (const id of ids) {
    await storage.delete(id).catch((err: unknown) => console.error('[logo] could not delete stored file', id, err));
  }
}

/** Replaces the company's logo with `upload` (a File from the form); field errors under `logo`. */
export async function setCompanyLogo(actor: Actor, companyId: string, upload: unknown, storage = fileStorage()): Promise<CompanyOutcome<{ hash: string }>> {
  const refused = guard(actor, companyId);
  if (refused) return refused;
  if (!(upload instanceof Blob) || upload.size === 0) return logoError('missing');
  if (upload.size > LOGO_MAX_BYTES) return logoError('tooLarge');
  const resized = await resizeLogo(new Uint8Array(await upload.arrayBuffer()));
  if (!resized.ok) return logoError(resized.error);
  const { hash, files } = resized.value;

  const stored: { size: number; fileId: string }[] = [];
  let previous: string[];
  try {
    for (const file of files) stored.push({ size: file.size, fileId: await storage.put(PURPOSE, file.bytes, 'image/webp') });
    previous = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "companies" WHERE "id" = ${companyId}::uuid FOR UPDATE`;
      const old = await tx.companyLogoFile.findMany({ where: { companyId }, select: { fileId: true } });
      await tx.companyLogoFile.deleteMany({ where: { companyId } });
      await tx.companyLogoFile.createMany({ data: stored.map((s) => ({ companyId, size: s.size, hash, fileId: s.fileId })) });
      await tx.company.update({ where: { id: companyId }, data: { logoHash: hash } });
      return old.map((o) => o.fileId);
    });
  } catch (err) {
    await deleteFiles(stored.map((s) => s.fileId), storage);
    throw err;
  }
  await deleteFiles(previous, storage);
  return { ok: true, value: { hash } };
}

/** The company shows its initial again; removing a logo that is not there succeeds. */
export async function removeCompanyLogo(actor: Actor, companyId: string, storage = fileStorage()): Promise<CompanyOutcome> {
  const refused = guard(actor, companyId);
  if (refused) return refused;
  const previous = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "companies" WHERE "id" = ${companyId}::uuid FOR UPDATE`;
    const old = await tx.companyLogoFile.findMany({ where: { companyId }, select: { fileId: true } });
    await tx.companyLogoFile.deleteMany({ where: { companyId } });
    await tx.company.update({ where: { id: companyId }, data: { logoHash: null } });
    return old.map((o) => o.fileId);
  });
  await deleteFiles(previous, storage);
  return { ok: true, value: null };
}
