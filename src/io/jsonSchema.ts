import { z } from 'zod';
import { storyFileSchema } from './storySchema';

/** The JSON Schema of the story format, as written to data/story.schema.json. */
export function storyJsonSchemaText(): string {
  const schema = z.toJSONSchema(storyFileSchema, { io: 'input', unrepresentable: 'any' });
  const withId = {
    ...schema,
    $id: 'https://nexo.example/story.schema.json',
    title: 'Nexo story',
    description: 'A news story as actors, dated links between them, and the sources that report them.',
  };
  return JSON.stringify(withId, null, 2) + '\n';
}
