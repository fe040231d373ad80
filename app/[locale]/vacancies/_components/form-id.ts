/** The filter form's id: the sort select in the results toolbar joins the form through `form=`. */
export const FILTER_FORM_ID = 'catalogue-filters';
