/**
 * The 27 columns of an OHID Fingertips "Export data" CSV (fingertips.phe.org.uk), in order. The importer
 * reads them by heading, not position; the demo generator and the tests write files in this layout.
 */
export const FINGERTIPS_EXPORT_COLUMNS = [
  "Indicator ID",
  "Indicator Name",
  "Parent Code",
  "Parent Name",
  "Area Code",
  "Area Name",
  "Area Type",
  "Sex",
  "Age",
  "Category Type",
  "Category",
  "Time period",
  "Value",
  "Lower CI 95.0 limit",
  "Upper CI 95.0 limit",
  "Lower CI 99.8 limit",
  "Upper CI 99.8 limit",
  "Count",
  "Denominator",
  "Value note",
  "Recent Trend",
  "Compared to England value or percentiles",
  "Column not used",
  "Time period Sortable",
  "New data",
  "Compared to goal",
  "Time period range",
] as const;
