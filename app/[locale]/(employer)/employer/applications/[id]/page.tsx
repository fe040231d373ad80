import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { resolveLocale } from '@/i18n/locale';
import { getPathname, Link } from '@/i18n/navigation';
import { getCurrentUser, requireUser } from '@/lib/accounts/queries';
import { allowedTransitions, isStepBack } from '@/lib/applications/pipeline';
import { markApplicationViewed } from '@/lib/applications/pipeline.server';
import { defaultMailText } from '@/lib/applications/pipeline-mail';
import { getApplicationHistory } from '@/lib/applications/history-queries';
import { filtersQuery, PAGE_SIZE, parseApplicationFilters } from '@/lib/applications/pipeline-schemas';
import { getApplicationDetail, getApplicationNeighbours } from '@/lib/applications/queries';
import { ApplicationStatusBadge } from '../_components/application-status-badge';
import { CandidateDetails } from '../_components/candidate-details';
import { NeighbourLinks } from '../_components/neighbour-links';
import { NotesSection } from '../_components/notes-section';
import { StatusControls } from '../_components/status-controls';
import { StatusHistory } from '../_components/status-history';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  /** The list's filters and view, carried from the list or board for next/previous and the way back. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const [t, user] = await Promise.all([getTranslations({ locale, namespace: 'applications.meta' }), getCurrentUser()]);
  const name = user ? (await getApplicationDetail(user, id))?.candidate?.name : undefined;
  return { title: name ? t('detailTitle', { name }) : t('detailFallback'), robots: { index: false } };
}

/** One application: the candidate, the allowed status moves with the optional mail, and private notes. */
export default async function ApplicationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const user = await requireUser(getPathname({ href: `/employer/applications/${encodeURIComponent(id)}`, locale }));
  // Opening it is what «viewed» means; idempotent, and a no-op for anything not the user's.
  await markApplicationViewed(user, id);
  const application = await getApplicationDetail(user, id);
  if (!application) notFound();
  const filters = parseApplicationFilters(await searchParams);
  const [t, tp, format, history, neighbours] = await Promise.all([
    getTranslations('applications.detail'),
    getTranslations('applications.pipeline'),
    getFormatter(),
    getApplicationHistory(user, id),
    getApplicationNeighbours(user, id, filters),
  ]);
  const context = filtersQuery(filters, { page: 1 });
  // Back to the page of the list this application is on (the board has no pages).
  const listPage = filters.view === 'list' && neighbours?.position ? Math.ceil(neighbours.position / PAGE_SIZE) : 1;
  const backQuery = filtersQuery(filters, { page: listPage });
  const { candidate, vacancy } = application;
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  const readOnly = application.status === 'withdrawn' || candidate === null;
  const mailContext = candidate && {
    candidateName: candidate.name, vacancyTitle: vacancy.title, companyName: vacancy.companyName, contact: user.email,
  };

  return (
    <Container className="py-10 sm:py-12">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <Link
          href={`/employer/applications${backQuery ? `?${backQuery}` : ''}`}
          className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-600 hover:text-brand-800"
        >
          <ArrowRightIcon className="size-4 rotate-180" />
          {t('back')}
        </Link>
        {neighbours && <NeighbourLinks neighbours={neighbours} context={context} />}
      </div>
      <h1 className="mt-6 text-3xl font-bold">{candidate ? candidate.name : <span className="italic">{t('erasedName')}</span>}</h1>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-ink-600">{t('vacancy')}:</dt>
          <dd>
            <Link href={`/employer/vacancies/${vacancy.id}`} className="font-medium text-brand-800 underline underline-offset-2">
              {vacancy.title}
            </Link>
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-ink-600">{t('appliedAt')}:</dt>
          <dd>
            <time dateTime={application.createdAt.toISOString()}>{date(application.createdAt)}</time>
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt className="text-ink-600">{t('status')}:</dt>
          <dd>
            <ApplicationStatusBadge status={application.status} />
          </dd>
        </div>
      </dl>

      {application.status === 'withdrawn' && (
        <p className="mt-6 rounded-control border border-line bg-sand-50 px-4 py-3 text-ink-800" data-testid="read-only-notice">
          {t('withdrawn', { date: date(application.withdrawnAt ?? application.updatedAt) })}
        </p>
      )}
      {application.erasedAt && (
        <p className="mt-6 rounded-control border border-line bg-sand-50 px-4 py-3 text-ink-800" data-testid="read-only-notice">
          {t('erased', { date: date(application.erasedAt) })}
        </p>
      )}

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          {candidate && <CandidateDetails candidate={candidate} applicationId={application.id} />}
          <NotesSection applicationId={application.id} notes={application.notes} canAdd={!readOnly} />
        </div>
        <div className="min-w-0 space-y-6">
        {!readOnly && candidate && mailContext && (
          <aside aria-labelledby="pipeline-heading" className="h-fit rounded-card border border-line bg-surface p-5 shadow-card">
            <h2 id="pipeline-heading" className="text-xl font-bold">
              {tp('heading')}
            </h2>
            <p className="mt-1 mb-4 text-sm text-ink-600">{tp('lead')}</p>
            <StatusControls
              applicationId={application.id}
              email={candidate.email}
              moves={allowedTransitions(application.status).map((to) => ({ to, back: isStepBack(application.status, to) }))}
              mailTexts={{
                invited: defaultMailText('invited', vacancy.locale, mailContext),
                rejected: defaultMailText('rejected', vacancy.locale, mailContext),
              }}
            />
          </aside>
        )}
        <StatusHistory entries={history ?? []} />
        </div>
      </div>
    </Container>
  );
}
