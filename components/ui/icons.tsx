import { join } from './join';
import type { IconName } from './icon-shapes';

// Decorative line icons (24×24, in the text colour), drawn by components/ui/icons.css from the shapes in
// icon-shapes.ts. They are aria-hidden: the adjacent text carries the meaning. Size and colour come from
// classes, as for any element (`size-4 text-brand-600`).
type IconProps = { className?: string };

function Icon({ name, className = 'size-5' }: IconProps & { name: IconName }) {
  return <span aria-hidden="true" className={join('icon', `icon-${name}`, className)} />;
}

export const SearchIcon = (p: IconProps) => <Icon name="search" {...p} />;
export const ArrowRightIcon = (p: IconProps) => <Icon name="arrow-right" {...p} />;
export const MenuIcon = (p: IconProps) => <Icon name="menu" {...p} />;
export const CloseIcon = (p: IconProps) => <Icon name="close" {...p} />;
export const VerifiedIcon = (p: IconProps) => <Icon name="verified" {...p} />;
export const ClockIcon = (p: IconProps) => <Icon name="clock" {...p} />;
export const MoonIcon = (p: IconProps) => <Icon name="moon" {...p} />;
export const HomeIcon = (p: IconProps) => <Icon name="home" {...p} />;
export const MapPinIcon = (p: IconProps) => <Icon name="map-pin" {...p} />;
export const GraduationIcon = (p: IconProps) => <Icon name="graduation" {...p} />;
export const WalletIcon = (p: IconProps) => <Icon name="wallet" {...p} />;
export const ChatIcon = (p: IconProps) => <Icon name="chat" {...p} />;
export const QuestionIcon = (p: IconProps) => <Icon name="question" {...p} />;
export const BookIcon = (p: IconProps) => <Icon name="book" {...p} />;
export const CartIcon = (p: IconProps) => <Icon name="cart" {...p} />;
export const BankIcon = (p: IconProps) => <Icon name="bank" {...p} />;
export const SignalIcon = (p: IconProps) => <Icon name="signal" {...p} />;
export const CodeIcon = (p: IconProps) => <Icon name="code" {...p} />;
export const GridIcon = (p: IconProps) => <Icon name="grid" {...p} />;
export const BriefcaseIcon = (p: IconProps) => <Icon name="briefcase" {...p} />;
export const GlobeIcon = (p: IconProps) => <Icon name="globe" {...p} />;

/** A bookmark, filled when the vacancy is saved. */
export const BookmarkIcon = ({ filled = false, ...p }: IconProps & { filled?: boolean }) => (
  <Icon name={filled ? 'bookmark-filled' : 'bookmark'} {...p} />
);
