/** Writes data/story.schema.json from the zod schema the app validates with (npm run schema). */
import { writeFileSync } from 'node:fs';
import { storyJsonSchemaText } from '../src/io/jsonSchema';

writeFileSync(new URL('../data/story.schema.json', import.meta.url), storyJsonSchemaText());
console.log('wrote data/story.schema.json');
