// pdf.js's parser as a module (pdfjs-dist ships no types for it): components/pdf-read.ts hands it to pdf.js as its "fake worker"
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
