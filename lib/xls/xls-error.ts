/**
 * Why an Excel 97–2003 workbook (.xls, also WPS 表格's .et) could not be read (lib/xls): not a
 * compound file at all, a compound file that holds no workbook (a .doc, a .ppt), an Excel 5.0/95
 * workbook (BIFF5: another record format, its strings in a code page), an encrypted one (FILEPASS:
 * a password to open), or one that is damaged or cut short. Callers say the file cannot be read;
 * nothing of a file that fails is ever guessed.
 */
export type XlsFailure = 'not-cfb' | 'not-excel' | 'old-excel' | 'encrypted' | 'corrupt';

export class XlsReadError extends Error {
  constructor(
    readonly why: XlsFailure,
    detail = '',
  ) {
    super(detail ? `${why}: ${detail}` : why);
    this.name = 'XlsReadError';
  }
}
