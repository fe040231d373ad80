// The guide's chapters in reading order: `key` names their messages (guide.sections.<key>), `anchor` their URL fragment.
export const GUIDE_SECTIONS = [
  { key: 'what', anchor: 'what' },
  { key: 'duties', anchor: 'duties' },
  { key: 'skills', anchor: 'skills' },
  { key: 'setup', anchor: 'setup' },
  { key: 'industries', anchor: 'industries' },
  { key: 'schedule', anchor: 'schedule' },
  { key: 'pay', anchor: 'pay' },
  { key: 'prosCons', anchor: 'pros-cons' },
  { key: 'career', anchor: 'career' },
  { key: 'start', anchor: 'start' },
] as const;

export type GuideSectionKey = (typeof GUIDE_SECTIONS)[number]['key'];
