/** scripts/gen-traditional.mjs, as test/unit/traditional.test.ts imports it */
export declare const TABLE_FILE: string;
export declare const FIRST_LOOK_FILE: string;
export declare function tablePairs(): Promise<[string, string][]>;
export declare function phrasePairs(table: [string, string][]): Promise<[string, string][]>;
export declare function tableSource(): Promise<string>;
export declare function firstLookSource(): Promise<string>;
