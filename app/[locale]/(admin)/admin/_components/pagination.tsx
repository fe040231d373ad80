import { Pager } from '@/components/ui/pager';

type Props = { pathname: string; query: Record<string, string | number | undefined>; page: number; pages: number };

/** Pages of an admin list, keeping its filters in the URL. */
export function Pagination({ pathname, query, page, pages }: Props) {
  const kept = Object.fromEntries(Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined && e[0] !== 'page'));
  return <Pager page={page} pages={pages} hrefFor={(p) => ({ pathname, query: p > 1 ? { ...kept, page: p } : kept })} />;
}
