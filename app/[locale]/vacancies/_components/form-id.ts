/** The filter form's id: the search field and the sort select outside it join the form through `form=`. */
export const FILTER_FORM_ID = 'catalogue-filters';
/** The filters' phone sheet: the no-JavaScript "Filters" link opens it as the URL's :target. */
export const SHEET_ID = 'catalogue-filters-sheet';
/** The search bar: where the sheet's no-JavaScript close link goes. */
export const SEARCH_BAR_ID = 'catalogue-search';
