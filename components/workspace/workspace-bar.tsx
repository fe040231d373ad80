import { Container } from '@/components/ui/container';
import { WorkspaceNav, type WorkspaceNavItem } from './workspace-nav';

/** The band under the site header in a workspace: whose workspace it is, and its sections. */
export function WorkspaceBar({ title, label, items }: { title: string; label: string; items: readonly WorkspaceNavItem[] }) {
  return (
    <div className="border-b border-line bg-surface" data-testid="workspace-bar">
      <Container className="flex flex-wrap items-center gap-x-6 gap-y-1 py-1">
        <p className="min-w-0 max-w-full truncate pt-2 text-sm font-semibold text-ink-950 md:pt-0" data-testid="workspace-title">
          {title}
        </p>
        <WorkspaceNav label={label} items={items} />
      </Container>
    </div>
  );
}
