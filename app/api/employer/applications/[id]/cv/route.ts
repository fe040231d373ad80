import { getCurrentUser } from '@/lib/accounts/queries';
import { getApplicationCvFile } from '@/lib/applications/queries';
import { attachmentDisposition } from '@/lib/storage/file-name';
import { fileStorage } from '@/lib/storage/storage.server';

// The candidate's uploaded CV, for members of the vacancy's company only. Everyone else (signed out, another
// company, a guessed id) and an erased application get the same 404, so the answer reveals nothing. The file
// is always a download, never rendered here: its bytes are the candidate's.
export const dynamic = 'force-dynamic';

const notFound = () => Response.json({ error: 'notFound' }, { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return notFound();
  const cv = await getApplicationCvFile(user, id);
  const file = cv && (await fileStorage().get(cv.fileId));
  if (!cv || !file) return notFound();
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
      'Content-Disposition': attachmentDisposition(cv.name),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
