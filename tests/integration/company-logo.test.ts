import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as getLogo } from '@/app/api/logos/[file]/route';
import type { CurrentUser } from '@/lib/accounts/queries';
import { getLogoFile } from '@/lib/companies/logo-queries';
import { removeCompanyLogo, setCompanyLogo } from '@/lib/companies/logo.server';
import { logoPath } from '@/lib/companies/logo-url';
import { updateCompanyProfile } from '@/lib/companies/member.server';
import { CompanyProfileSchema } from '@/lib/companies/schemas';
import { createPrismaClient } from '@/lib/db-client';
import { cleanFormData } from '@/lib/forms/clean';
import { parseForm } from '@/lib/forms/parse';
import { eraseEndedApplications } from '@/lib/jobs/retention.server';
import { fileStorage } from '@/lib/storage/storage.server';
import { actorFor } from '../support/actors';

// Logo upload (issue 12): the bytes decide, sizes are made on upload, only the company's owners change it,
// the old files go; plus the profile's new fields refused with field errors.

const db = createPrismaClient(inject('databaseUrl'), 2);
const tag = randomUUID().slice(0, 8);
const email = (who: string) => `logo-${who}-${tag}@test.example`;
let companyA = '';
let companyB = '';
let owner: CurrentUser;
let member: CurrentUser;
let otherOwner: CurrentUser;

const file = (bytes: Uint8Array | Buffer, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });
const picture = (width: number, height: number, background = '#0f766e') =>
  sharp({ create: { width, height, channels: 4, background } });

/** The company's stored logo files: size → their bytes' format and dimensions. */
async function storedLogo(companyId: string) {
  const rows = await db.companyLogoFile.findMany({ where: { companyId }, orderBy: { size: 'asc' }, select: { size: true, hash: true, fileId: true } });
  return Promise.all(
    rows.map(async (row) => {
      const bytes = (await fileStorage().get(row.fileId))!.bytes;
      const meta = await sharp(bytes).metadata();
      return { ...row, format: meta.format, width: meta.width, height: meta.height, exif: meta.exif, bytes };
    }),
  );
}

/** A PNG whose header claims `side`×`side` pixels around the data of a 64×64 one: a decompression bomb's shape. */
async function lyingPng(side: number): Promise<Buffer> {
  const png = Buffer.from(await picture(64, 64).png().toBuffer());
  png.writeUInt32BE(side, 16);
  png.writeUInt32BE(side, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

beforeAll(async () => {
  const users = await Promise.all(
    ['owner', 'member', 'other'].map((who) => db.user.create({ data: { email: email(who), name: who, passwordHash: 'x', emailVerified: new Date() } })),
  );
  const [a, b, c] = users as [(typeof users)[number], (typeof users)[number], (typeof users)[number]];
  companyA = (await db.company.create({
    data: { name: 'Логотип Сервис', slug: `logo-a-${tag}`, members: { create: [{ userId: a.id, role: 'owner' }, { userId: b.id, role: 'member' }] } },
  })).id;
  companyB = (await db.company.create({ data: { name: 'Чужая', slug: `logo-b-${tag}`, members: { create: [{ userId: c.id, role: 'owner' }] } } })).id;
  [owner, member, otherOwner] = await Promise.all([actorFor(db, email('owner')), actorFor(db, email('member')), actorFor(db, email('other'))]);
});

afterAll(async () => {
  // Deletes the stored files too, which the companies' cascade would leave behind.
  if (companyA) await removeCompanyLogo(owner, companyA);
  await db.company.deleteMany({ where: { slug: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { contains: tag } } });
  await db.$disconnect();
});

describe('logo upload', () => {
  it('turns a PNG into WebP squares of 64, 128 and 256 px, served under its hash with a year of caching', async () => {
    const png = await picture(600, 400).png().toBuffer();
    const outcome = await setCompanyLogo(owner, companyA, file(png, 'logo.png', 'image/png'));
    expect(outcome.ok).toBe(true);
    const hash = outcome.ok ? outcome.value.hash : '';
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect((await db.company.findUniqueOrThrow({ where: { id: companyA } })).logoHash).toBe(hash);
    const files = await storedLogo(companyA);
    expect(files.map((f) => [f.size, f.format, f.width, f.height, f.hash])).toEqual([
      [64, 'webp', 64, 64, hash],
      [128, 'webp', 128, 128, hash],
      [256, 'webp', 256, 256, hash],
    ]);

    const served = await getLogoFile(`${hash}-128.webp`);
    expect(Buffer.from(served!.bytes).equals(Buffer.from(files[1]!.bytes))).toBe(true);
    const response = await getLogo(new Request(`http://x${logoPath(hash, 256)}`), { params: Promise.resolve({ file: `${hash}-256.webp` }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    for (const name of [`${hash}-100.webp`, `${hash}-128.png`, '../../etc/passwd', `${'0'.repeat(32)}-64.webp`]) {
      const missing = await getLogo(new Request('http://x/'), { params: Promise.resolve({ file: name }) });
      expect(missing.status, name).toBe(404);
    }
  });

  it('takes a JPEG without its EXIF, and replacing the logo deletes the old files', async () => {
    const before = await storedLogo(companyA);
    const jpeg = await picture(300, 300, '#ffffff').jpeg().withExif({ IFD0: { Copyright: 'GPS 55.75N 37.61E' } }).toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    expect((await setCompanyLogo(owner, companyA, file(jpeg, 'photo.jpg', 'image/jpeg'))).ok).toBe(true);
    const after = await storedLogo(companyA);
    expect(after.map((f) => f.exif)).toEqual([undefined, undefined, undefined]);
    expect(after.map((f) => f.hash)).not.toContain(before[0]!.hash);
    const old = await db.storedFile.count({ where: { id: { in: before.map((f) => f.fileId) } } });
    expect(old).toBe(0);
  });

  it('takes a WebP, whatever name and type the browser gave it', async () => {
    const webp = await picture(128, 128).webp().toBuffer();
    expect((await setCompanyLogo(owner, companyA, file(webp, 'logo.gif', 'application/octet-stream'))).ok).toBe(true);
    expect((await storedLogo(companyA)).map((f) => f.width)).toEqual([64, 128, 256]);
  });

  it('refuses what is not a PNG, JPEG or WebP, too big, animated, a bomb, too small or broken, at the field', async () => {
    const current = (await db.company.findUniqueOrThrow({ where: { id: companyA } })).logoHash;
    const png = await picture(200, 200).png().toBuffer();
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]);
    const frames = await Promise.all(['#f00', '#00f'].map((c) => picture(64, 64, c).png().toBuffer()));
    const cases: [string, File | string | null, string][] = [
      ['text named .png', file(Buffer.from('hello, I am not a picture'), 'logo.png', 'image/png'), 'type'],
      ['SVG', file(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg', 'image/svg+xml'), 'type'],
      ['GIF', file(await picture(64, 64).gif().toBuffer(), 'logo.gif', 'image/gif'), 'type'],
      ['over 2 MB', file(big, 'logo.png', 'image/png'), 'tooLarge'],
      ['animated WebP', file(await sharp(frames, { join: { animated: true } }).webp().toBuffer(), 'a.webp', 'image/webp'), 'animated'],
      ['a header claiming 50000×50000', file(await lyingPng(50_000), 'bomb.png', 'image/png'), 'dimensions'],
      ['16×16', file(await picture(16, 16).png().toBuffer(), 'tiny.png', 'image/png'), 'tooSmall'],
      ['a truncated PNG', file(png.subarray(0, 60), 'cut.png', 'image/png'), 'unreadable'],
      ['an empty file', file(Buffer.alloc(0), 'logo.png', 'image/png'), 'missing'],
      ['a text field instead of a file', 'logo.png', 'missing'],
      ['nothing', null, 'missing'],
    ];
    for (const [label, upload, error] of cases) {
      expect(await setCompanyLogo(owner, companyA, upload), label).toEqual({
        ok: false, error: 'invalid', fieldErrors: { logo: [`company.form.errors.logo.${error}`] },
      });
    }
    expect((await db.company.findUniqueOrThrow({ where: { id: companyA } })).logoHash).toBe(current);
  });

  it('is changed by the company’s owners only: not a member, not another company', async () => {
    const current = (await db.company.findUniqueOrThrow({ where: { id: companyA } })).logoHash;
    const png = file(await picture(100, 100, '#f00').png().toBuffer(), 'x.png', 'image/png');
    expect(await setCompanyLogo(member, companyA, png)).toEqual({ ok: false, error: 'notOwner' });
    expect(await setCompanyLogo(otherOwner, companyA, png)).toEqual({ ok: false, error: 'notFound' });
    expect(await setCompanyLogo(otherOwner, 'not-a-uuid', png)).toEqual({ ok: false, error: 'notFound' });
    expect(await removeCompanyLogo(member, companyA)).toEqual({ ok: false, error: 'notOwner' });
    expect(await removeCompanyLogo(otherOwner, companyA)).toEqual({ ok: false, error: 'notFound' });
    expect(await removeCompanyLogo(otherOwner, companyB)).toEqual({ ok: true, value: null });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyA } })).logoHash).toBe(current);
    expect(await db.companyLogoFile.count({ where: { companyId: companyA } })).toBe(3);
  });

  it('is removed with its files; removing again is fine', async () => {
    const files = await storedLogo(companyA);
    expect(await removeCompanyLogo(owner, companyA)).toEqual({ ok: true, value: null });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyA } })).logoHash).toBeNull();
    expect(await db.storedFile.count({ where: { id: { in: files.map((f) => f.fileId) } } })).toBe(0);
    expect(await getLogoFile(`${files[0]!.hash}-64.webp`)).toBeNull();
    expect(await removeCompanyLogo(owner, companyA)).toEqual({ ok: true, value: null });
  });

  it('leaves no orphan: logo files no company shows are swept by the retention job after a day', async () => {
    const orphan = await fileStorage().put('logo', await picture(64, 64).webp().toBuffer(), 'image/webp');
    await db.storedFile.update({ where: { id: orphan }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const kept = await setCompanyLogo(owner, companyA, file(await picture(64, 64).png().toBuffer(), 'l.png', 'image/png'));
    expect(kept.ok).toBe(true);
    await db.storedFile.updateMany({ where: { companyLogo: { companyId: companyA } }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    await eraseEndedApplications(180);
    expect(await db.storedFile.count({ where: { id: orphan } })).toBe(0);
    expect(await db.companyLogoFile.count({ where: { companyId: companyA } })).toBe(3);
    expect((await storedLogo(companyA)).every((f) => f.bytes.length > 0)).toBe(true);
  });
});

describe('profile fields', () => {
  /** What the action does: NUL bytes stripped by the form layer, parsed with the shared schema, then the core function. */
  async function submit(actor: CurrentUser, fields: Record<string, string | string[]>) {
    const form = new FormData();
    const all = { name: 'Логотип Сервис', slug: `logo-a-${tag}`, industry: 'ecommerce', ...fields };
    for (const [name, value] of Object.entries(all)) for (const v of [value].flat()) form.append(name, v);
    const submission = parseForm(cleanFormData(form), CompanyProfileSchema);
    if (submission.status !== 'success') return { fieldErrors: submission.error };
    return updateCompanyProfile(actor, companyA, submission.payload);
  }

  it('saves size, benefits, own benefit lines and https links (t.me from @name)', async () => {
    const outcome = await submit(owner, {
      size: 'between51And200', benefits: ['mentor', 'internet'], customBenefits: '- Оплата связи\n\n• Гибкие смены\n',
      website: 'otvetim.example', telegramUrl: '@otvetim_online', vkUrl: 'https://vk.com/otvetim',
    });
    expect(outcome).toEqual({ ok: true, value: null });
    const row = await db.company.findUniqueOrThrow({ where: { id: companyA } });
    expect(row).toMatchObject({
      size: 'between51And200', benefits: ['mentor', 'internet'], customBenefits: ['Оплата связи', 'Гибкие смены'],
      website: 'https://otvetim.example', telegramUrl: 'https://t.me/otvetim_online', vkUrl: 'https://vk.com/otvetim',
    });
    expect(await submit(owner, { benefits: 'mentor' })).toEqual({ ok: true, value: null });
    expect((await db.company.findUniqueOrThrow({ where: { id: companyA } })).benefits).toEqual(['mentor']);
  });

  it('refuses bad links and unknown vocabulary with field errors', async () => {
    const outcome = await submit(owner, {
      website: 'http://plain.example', telegramUrl: 'https://evil.example/t.me/x', vkUrl: 'javascript:alert(1)', size: 'huge', benefits: ['mentor', 'yacht'],
    });
    expect(outcome).toEqual({
      fieldErrors: {
        website: ['company.form.errors.website'],
        telegramUrl: ['company.form.errors.telegram'],
        vkUrl: ['company.form.errors.vk'],
        size: ['companyForm.errors.choose'],
        'benefits[1]': ['companyForm.errors.choose'],
      },
    });
    expect(await submit(owner, { telegramUrl: 'https://t.me/' })).toEqual({ fieldErrors: { telegramUrl: ['company.form.errors.telegram'] } });
    expect(await submit(owner, { website: 'https://user:pass@bank.example' })).toEqual({ fieldErrors: { website: ['company.form.errors.website'] } });
  });

  it('strips NUL bytes, and answers 10 kB strings with field errors, not a crash', async () => {
    expect(await submit(owner, { description: 'Поддержка\u0000 24/7', customBenefits: 'Чай\u0000 и кофе' })).toEqual({ ok: true, value: null });
    expect(await db.company.findUniqueOrThrow({ where: { id: companyA } })).toMatchObject({ description: 'Поддержка 24/7', customBenefits: ['Чай и кофе'] });
    const long = 'я'.repeat(10_000);
    expect(await submit(owner, { name: long, description: long, website: `https://a.example/${long}`, customBenefits: long })).toEqual({
      fieldErrors: {
        name: ['companyForm.errors.tooLong'],
        description: ['companyForm.errors.tooLong'],
        website: ['companyForm.errors.tooLong'],
        customBenefits: ['company.form.errors.benefitsTooLong'],
      },
    });
    const lines = Array.from({ length: 9 }, (_, i) => `Плюс ${i}`).join('\n');
    expect(await submit(owner, { customBenefits: lines })).toEqual({ fieldErrors: { customBenefits: ['company.form.errors.benefitsTooMany'] } });
  });

  it('is not changed by a member or another company', async () => {
    expect(await submit(member, { size: 'upTo10' })).toEqual({ ok: false, error: 'notOwner' });
    expect(await submit(otherOwner, { size: 'upTo10' })).toEqual({ ok: false, error: 'notFound' });
  });
});
