import { NotFoundContent } from '@/components/layout/not-found-content';

// Shown when a page inside a locale calls notFound() (e.g. an unknown vacancy slug), inside the site layout.
export default function LocaleNotFound() {
  return <NotFoundContent />;
}
