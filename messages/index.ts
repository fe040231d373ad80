// The message catalogs: core strings (ru.json / en.json) plus one file per page area in pages/,
// so people working on different pages do not edit the same file.
import accountEn from './pages/account.en.json';
import accountRu from './pages/account.ru.json';
import catalogueEn from './pages/catalogue.en.json';
import catalogueRu from './pages/catalogue.ru.json';
import companyEn from './pages/company.en.json';
import companyRu from './pages/company.ru.json';
import editorEn from './pages/editor.en.json';
import editorRu from './pages/editor.ru.json';
import faqEn from './pages/faq.en.json';
import faqRu from './pages/faq.ru.json';
import guideEn from './pages/guide.en.json';
import guideRu from './pages/guide.ru.json';
import vacancyEn from './pages/vacancy.en.json';
import vacancyRu from './pages/vacancy.ru.json';
import en from './en.json';
import ru from './ru.json';

const ruMessages = { ...ru, catalogue: catalogueRu, vacancy: vacancyRu, company: companyRu, faq: faqRu, guide: guideRu, editor: editorRu, account: accountRu };
const enMessages = { ...en, catalogue: catalogueEn, vacancy: vacancyEn, company: companyEn, faq: faqEn, guide: guideEn, editor: editorEn, account: accountEn };

export type AppMessages = typeof ruMessages;

// English must have every key Russian has; the unit test checks the reverse and the values.
export const MESSAGES: Record<'ru' | 'en', AppMessages> = { ru: ruMessages, en: enMessages satisfies AppMessages };
