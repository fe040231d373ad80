// The message catalogs: core strings (ru.json / en.json) plus one file per page area in pages/,
// so people working on different pages do not edit the same file.
import applicationsLinkEn from './pages/applications-link.en.json';
import applicationsLinkRu from './pages/applications-link.ru.json';
import applicationsPageEn from './pages/applications-page.en.json';
import applicationsPageRu from './pages/applications-page.ru.json';
import alertFormEn from './pages/alert-form.en.json';
import alertFormRu from './pages/alert-form.ru.json';
import alertsEn from './pages/alerts.en.json';
import alertsRu from './pages/alerts.ru.json';
import applyEn from './pages/apply.en.json';
import applyRu from './pages/apply.ru.json';
import applicationsEn from './pages/applications.en.json';
import applicationsRu from './pages/applications.ru.json';
import exportsEn from './pages/exports.en.json';
import exportsRu from './pages/exports.ru.json';
import moderationEn from './pages/moderation.en.json';
import moderationRu from './pages/moderation.ru.json';
import reportsEn from './pages/reports.en.json';
import blockedContactsEn from './pages/blocked-contacts.en.json';
import blockedContactsRu from './pages/blocked-contacts.ru.json';
import auditEn from './pages/audit.en.json';
import auditRu from './pages/audit.ru.json';
import reportsRu from './pages/reports.ru.json';
import decisionsEn from './pages/decisions.en.json';
import decisionsRu from './pages/decisions.ru.json';
import accountEn from './pages/account.en.json';
import accountRu from './pages/account.ru.json';
import catalogueEn from './pages/catalogue.en.json';
import catalogueRu from './pages/catalogue.ru.json';
import catalogueSheetEn from './pages/catalogue-sheet.en.json';
import catalogueSheetRu from './pages/catalogue-sheet.ru.json';
import companyEn from './pages/company.en.json';
import companyRu from './pages/company.ru.json';
import dashboardEn from './pages/dashboard.en.json';
import dashboardRu from './pages/dashboard.ru.json';
import editorEn from './pages/editor.en.json';
import editorRu from './pages/editor.ru.json';
import faqEn from './pages/faq.en.json';
import genericErrorEn from './pages/generic-error.en.json';
import genericErrorRu from './pages/generic-error.ru.json';
import faqRu from './pages/faq.ru.json';
import guideEn from './pages/guide.en.json';
import guideRu from './pages/guide.ru.json';
import teamEn from './pages/team.en.json';
import teamRu from './pages/team.ru.json';
import vacancyEn from './pages/vacancy.en.json';
import vacancyRu from './pages/vacancy.ru.json';
import outageEn from './pages/outage.en.json';
import outageRu from './pages/outage.ru.json';
import savedEn from './pages/saved.en.json';
import savedRu from './pages/saved.ru.json';
import feedsEn from './pages/feeds.en.json';
import feedsRu from './pages/feeds.ru.json';
import developersEn from './pages/developers.en.json';
import developersRu from './pages/developers.ru.json';
import salariesEn from './pages/salaries.en.json';
import salariesRu from './pages/salaries.ru.json';
import salaryHintEn from './pages/salaries-hint.en.json';
import salaryHintRu from './pages/salaries-hint.ru.json';
import searchBoxEn from './pages/search-box.en.json';
import searchUnderstandingEn from './pages/search-understanding.en.json';
import searchUnderstandingRu from './pages/search-understanding.ru.json';
import searchBoxRu from './pages/search-box.ru.json';
import statsEn from './pages/stats.en.json';
import statsRu from './pages/stats.ru.json';
import workspaceEn from './pages/workspace.en.json';
import workspaceRu from './pages/workspace.ru.json';
import formsEn from './pages/forms.en.json';
import formsRu from './pages/forms.ru.json';
import en from './en.json';
import ru from './ru.json';

const ruMessages = { ...ru, errors: { ...ru.errors, generic: genericErrorRu }, saved: savedRu, catalogue: catalogueRu, searchUnderstanding: searchUnderstandingRu, catalogueSheet: catalogueSheetRu, vacancy: vacancyRu, company: companyRu, faq: faqRu, guide: guideRu, editor: editorRu, account: accountRu, team: teamRu, dashboard: dashboardRu,
  apply: applyRu, applications: applicationsRu, exports: exportsRu, moderation: moderationRu, reports: reportsRu, blockedContacts: blockedContactsRu, audit: auditRu, outage: outageRu,
  feeds: feedsRu, alerts: alertsRu, alertForm: alertFormRu, applicationsPage: applicationsPageRu, applicationsLink: applicationsLinkRu, developers: developersRu,
  salaries: salariesRu, salaryHint: salaryHintRu, searchBox: searchBoxRu, decisions: decisionsRu, stats: statsRu, workspace: workspaceRu, forms: formsRu };
const enMessages = { ...en, errors: { ...en.errors, generic: genericErrorEn }, saved: savedEn, catalogue: catalogueEn, searchUnderstanding: searchUnderstandingEn, catalogueSheet: catalogueSheetEn, vacancy: vacancyEn, company: companyEn, faq: faqEn, guide: guideEn, editor: editorEn, account: accountEn, team: teamEn, dashboard: dashboardEn,
  apply: applyEn, applications: applicationsEn, exports: exportsEn, moderation: moderationEn, reports: reportsEn, blockedContacts: blockedContactsEn, audit: auditEn, outage: outageEn,
  feeds: feedsEn, alerts: alertsEn, alertForm: alertFormEn, applicationsPage: applicationsPageEn, applicationsLink: applicationsLinkEn, developers: developersEn,
  salaries: salariesEn, salaryHint: salaryHintEn, searchBox: searchBoxEn, decisions: decisionsEn, stats: statsEn, workspace: workspaceEn, forms: formsEn };

export type AppMessages = typeof ruMessages;

// English must have every key Russian has; the unit test checks the reverse and the values.
export const MESSAGES: Record<'ru' | 'en', AppMessages> = { ru: ruMessages, en: enMessages satisfies AppMessages };
