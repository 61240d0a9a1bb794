/** Values the global setup hands to every test file (`inject('…')`). */
declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDb: string;
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

export {};
