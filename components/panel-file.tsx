/**
 * The panel's line for the report's file (or its tables' file): what the page offers to read, and
 * how the reading went (entrypoints/content/lens.tsx readFile).
 */
import { FILE_FAILURE_KEY, type ReadFailure } from './file-read.ts';
import type { Translate } from './i18n.ts';

/** The report's file (or its tables'), Word, Excel or PDF: offered, being read, read (the results are its), or not readable, and why. */
export interface FileReading {
  name: string;
  /**
   * what the file holds: the whole report (the page has only its title), or the tables of the report whose text is the
   * page's; 'tab': the page is the file, a PDF the browser shows (entrypoints/content/lens.tsx readPdfTab)
   */
  holds: 'report' | 'tables' | 'tab';
  state: 'offered' | 'reading' | 'read' | ReadFailure | 'no-report' | 'no-tables' | 'no-reader';
  /** a PDF: its tables are rebuilt from their borders, and one drawn without them is not read (lib/pdf/pdf-html.ts) */
  pdf?: boolean;
  /** an OFD: rebuilt as a PDF is (lib/ofd) */
  ofd?: boolean;
  /** read, and its tables shown on the page (components/file-tables-shown.ts), where their cells are marked */
  shown?: boolean;
}

/**
 * The report's file (or its tables'): a button that reads it, its reading, why it failed, or (read) that the
 * results are the file's, whose tables are shown on the page (or, where they could not be, not there).
 */
export function FileLine({ t, file, onReadFile }: { t: Translate; file: FileReading; onReadFile?: () => void }) {
  const tables = file.holds === 'tables';
  if (file.state === 'read') {
    const key = file.holds === 'tab' ? 'readFromPdfTab' : file.shown ? (tables ? 'tablesReadShown' : 'readShown') : tables ? 'tablesReadFromAttachment' : 'readFromAttachment';
    return (
      <>
        <p class="file-note">{t(key, file.name)}</p>
        {file.pdf && <p class="file-note">{t('readFromPdf')}</p>}
        {file.ofd && <p class="file-note">{t('readFromOfd')}</p>}
      </>
    );
  }
  if (file.state === 'reading') return <p class="file-note" role="status">{t('readingAttachment')}</p>;
  return (
    <>
      {file.state !== 'offered' && <p class="file-note failed">{t(FILE_FAILURE_KEY[file.state])}</p>}
      <button class="read-file" onClick={() => onReadFile?.()}>
        {t(tables ? 'readTablesAttachment' : 'readAttachment', file.name)}
      </button>
    </>
  );
}

