// The guide's chapters are article sections (shared with /developers).
export { ArticleSection as GuideSection, proseText } from '@/components/content/article-section';
