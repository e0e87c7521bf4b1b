import type { Plugin } from 'esbuild';
export declare const lazyLinkedomListeners: Plugin;
export declare const parserClassAsWritten: Plugin;
export declare const tokenizerSkipAhead: Plugin;
export declare const linkedomPatches: Plugin[];
