// The console's API types come from the server's OpenAPI document, never written by hand.
//   node scripts/api-types.mjs          (npm run gen:api)   writes src/api/schema.d.ts
//   node scripts/api-types.mjs --check  (npm run check:api) regenerates into a temp file and
//                                       exits 1 when the committed file differs from it
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const DOCUMENT = new URL('../../docs/openapi.json', import.meta.url);
const OUTPUT = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const HEADER = `// Generated from docs/openapi.json by openapi-typescript (npm run gen:api): do not edit.
// src/api/types.ts names these types for the console.

`;

const schema = HEADER + astToString(await openapiTS(DOCUMENT));

if (process.argv.includes('--check')) {
  const dir = mkdtempSync(join(tmpdir(), 'banso-api-'));
  const fresh = join(dir, 'schema.d.ts');
  writeFileSync(fresh, schema);
  let committed = null;
  try {
    committed = readFileSync(OUTPUT, 'utf8');
  } catch {
    // Missing: reported below as out of date.
  }
  if (committed !== schema) {
    console.error(
      `src/api/schema.d.ts is not what docs/openapi.json gives (regenerated: ${fresh}).\n` +
        'Run `npm run gen:api` in web/ and commit the result.',
    );
    process.exit(1);
  }
  rmSync(dir, { recursive: true });
  console.log('src/api/schema.d.ts matches docs/openapi.json');
} else {
  writeFileSync(OUTPUT, schema);
  console.log('wrote src/api/schema.d.ts from docs/openapi.json');
}
