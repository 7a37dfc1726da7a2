/**
 * The problems a write reports in its payload's `userErrors` (and the CSV
 * import prints): one stable code each. docs/errors.md lists them; a test
 * keeps that list and this one equal.
 */

export const USER_ERROR_CODES = {
  // the whole request
  BATCH_TOO_LARGE: 'a batch holds more rows than allowed (10 000)',
  FORBIDDEN: 'an office of the batch lies outside your scope',
  NOTE_REQUIRED: 'a deletion needs a note saying why',
  NOTE_TOO_LONG: 'a note has at most 1 000 characters',
  NOT_FOUND: 'no stored figure has this key',
  // a row's office, metric and segment
  UNKNOWN_UNIT: 'no office has this code',
  UNKNOWN_METRIC: 'no metric of the catalogue has this code',
  UNKNOWN_SEGMENT: 'the segment is not PU, BPU, JAKON or PMI',
  SEGMENT_NOT_ALLOWED: 'the metric has no segments',
  LEVEL_MISMATCH: 'the office is at another level than the line says (import)',
  // a row's value
  INVALID_VALUE: 'the value is not a plain decimal',
  INVALID_NUMBER: 'the value is not a number in the chosen --number-format (import)',
  NEGATIVE_VALUE: 'the value is below zero',
  TOO_MANY_DECIMALS: 'rupiah carry at most 2 decimals, counts none',
  VALUE_TOO_LARGE: 'the value is 10^22 or more',
  // a row's span
  INVALID_DATE: 'a date is not a calendar date YYYY-MM-DD',
  INVALID_SPAN: 'the span ends before it starts',
  INVALID_YEAR: 'a year is outside 1990 to 2100, the years the reads accept',
  INVALID_MONTH: 'the month of a target is not 1 to 12',
  TARGET_NOT_YEAR_OR_MONTH: 'a target covers a whole year or a whole month',
  STOCK_NOT_A_POSITION: 'a stock realization is a position at one date',
  SPAN_CROSSES_YEAR: 'a realization lies inside one calendar year',
  SPAN_IN_FUTURE: 'a realization ends after today (Asia/Jakarta)',
  OVERLAP: 'the span overlaps a stored realization or another row of the batch',
  DUPLICATE_ROW: 'another row of the batch has the same office, metric, segment and span',
  // what the database refused after the checks (should not happen; never a 500)
  CONSTRAINT_VIOLATION: 'a database rule refused the batch',
  UNKNOWN_REFERENCE: 'the batch names a row the database does not have',
  // the office tree (ADMIN)
  INVALID_CODE: 'an office code is 1 to 40 capital letters, digits, "_" or "."',
  DUPLICATE_CODE: 'an office with this code exists already',
  NAME_REQUIRED: 'an office needs a name',
  INVALID_LEVEL: 'the level cannot be added or moved this way',
  INVALID_PARENT: 'the parent is not at the level directly above',
  INVALID_KIND: 'a wilayah is a KABUPATEN or a KOTA; a fact is a TARGET or a REALIZATION (import)',
  INVALID_POPULATION: 'a population is a whole number, not negative',
  // a CSV file (import)
  MISSING_HEADER: 'the file is empty',
  UNKNOWN_COLUMN: 'the header names a column the import does not know',
  DUPLICATE_COLUMN: 'the header names a column twice',
  MISSING_COLUMN: 'the header lacks a required column',
  MALFORMED_LINE: 'a line is not well-formed CSV',
  WRONG_FIELD_COUNT: 'a line has another number of fields than the header',
  UNKNOWN_LEVEL: 'the level is not NASIONAL, KANWIL, KANTOR_CABANG or WILAYAH',
} as const;

export type UserErrorCode = keyof typeof USER_ERROR_CODES;

/** One problem of a request, in the words of the domain; with any of them nothing was written. */
export interface UserErrorInfo {
  /** Position of the offending row in the input list; null when it is about the whole request. */
  index: number | null;
  /** The input field at fault, e.g. periodEnd. */
  field: string | null;
  code: UserErrorCode;
  message: string;
}
