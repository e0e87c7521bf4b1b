/**
 * What the batch checker says of files it cannot read or reads with a caveat, and of I/O errors.
 */

/** What the batch checker reads, for the messages about what it cannot (notAPage, cli/main.ts). */
export const READABLE = '只能检查网页（HTML、MHTML）、Word（.doc、.docx）、Excel（.xls、.xlsx）、WPS（.wps、.et）和有文字的 PDF、OFD 上的报告';

/** Said of a file of 0 bytes (checkFile). */
export const EMPTY_FILE = '文件是空的（0 字节），可能下载或保存没有完成：请重新保存后检查';

/** A compound file (the container of the old Office formats) that holds no Word document or Excel workbook. */
export const NOT_WORD_CFB = `旧版 PowerPoint、WPS 演示或 Microsoft Works 文档（.ppt、.dps、Works 的 .wps 等），不是 Word 文档或 Excel 工作簿：暂不能检查，${READABLE}`;

/** Said of a scan whose text is the OCR layer laid invisibly over its pictures (lib/pdf/pdf-html.ts invisibleText). */
export const PDF_OCR = 'PDF 是扫描件，其中的文字是看不见的识别（OCR）层：识别结果可能有错，不能当作报告的数字核对，无法检查';

/** Said of every report read from a PDF: its tables are rebuilt, not read (lib/pdf/pdf-html.ts). */
export const PDF_REBUILT = '报告读自 PDF：表格按其边框重建，没有边框的表格未读取（按“未找到”处理），不会猜测其中的数字';

/** Said of every report read from an OFD: rebuilt as a PDF's is (lib/ofd/ofd-html.ts). */
export const OFD_REBUILT = '报告读自 OFD：表格按其边框重建，没有边框的表格未读取（按“未找到”处理），不会猜测其中的数字';

export function ioMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return '找不到文件或文件夹 (ENOENT)';
    case 'EACCES':
    case 'EPERM':
      return `没有读取权限 (${code})`;
    case 'EISDIR':
      return '是文件夹，不是文件 (EISDIR)';
    default:
      return `无法读取：${errorText(e)}`;
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
