import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call in the app with its document, as codegen's client preset
 * recommends for production builds (its babel/swc plugins do the same). Without it every chunk that
 * calls `graphql()` pulls in `generated/gql.ts`, the map of every operation of the app, and with it
 * every document (200 KB): each page would ship the queries of all the others.
 *
 * The document is written in place of the call (not imported from `generated/graphql.ts`), so it
 * lands in the chunk of the component that uses it: a module is never split between chunks, and one
 * holding all documents would be shared by every page.
 *
 * `gql.ts` says which export of `graphql.ts` each operation text is, so this needs no GraphQL parsing
 * and follows codegen exactly. An operation missing from it means the generated code is stale: the
 * build fails and says to run `pnpm codegen`.
 */
export function graphqlDocuments({ srcDir }: { srcDir: string }): Plugin {
  const generatedDir = path.join(srcDir, 'generated');
  let documentByText = new Map<string, string>();

  return {
    name: 'techbridge:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const read = (file: string) => fs.readFileSync(path.join(generatedDir, file), 'utf8');
      // export const Site_SiteDocument = {"kind":"Document",…} as unknown as DocumentNode<…>;
      const documents = new Map(
        [...read('graphql.ts').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm)].map(
          (m) => [m[1], m[2]] as const,
        ),
      );
      // const documents: Documents = { "\n  query Site_site {…": types.Site_SiteDocument, … };
      const gql = read('gql.ts');
      documentByText = new Map();
      for (const m of gql
        .slice(gql.indexOf('const documents: Documents = {'))
        .matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
        const document = documents.get(m[2]);
        if (!document) this.error(`generated/graphql.ts has no ${m[2]}: run pnpm codegen`);
        documentByText.set(JSON.parse(m[1]) as string, document);
      }
      if (documentByText.size === 0) this.error(`no documents found in ${generatedDir}/gql.ts`);
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || id.startsWith(generatedDir) || !/\.tsx?$/.test(id)) return null;
      if (!code.includes('graphql(`')) return null;
      const where = path.relative(srcDir, id);
      const replaced = code.replace(/\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g, (call, text: string) => {
        const document = documentByText.get(text);
        if (!document) this.error(`${where}: a graphql() document is not in generated/: run pnpm codegen`);
        // The same number of lines, so that source maps stay right below the call.
        return `(${document})` + '\n'.repeat(call.split('\n').length - 1);
      });
      if (replaced.includes('graphql(`')) {
        this.error(`${where}: a graphql() call this plugin cannot read (an interpolation?)`);
      }
      return { code: replaced, map: null };
    },
  };
}
