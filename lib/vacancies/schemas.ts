// The vacancies domain's input schemas. The editor's (complete vacancy, draft, the editor's form) are in
// editor-schemas.ts, beside the form they describe.
export * from './editor-schemas';
