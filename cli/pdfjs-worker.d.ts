// pdf.js's parser as a module (pdfjs-dist ships no types for it): cli/pdf-read.ts hands it to pdf.js as its "fake worker"
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
