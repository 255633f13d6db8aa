/**
 * The story file format, version 1: the one schema the app validates with and that
 * data/story.schema.json is generated from (npm run schema), so the two cannot drift.
 */
import { z } from 'zod';
import { parsePartialDate, DATE_FORMATS_HELP } from '../domain/dates';
import { ACTOR_KINDS, LINK_KINDS, TONE_MAX, TONE_MIN } from '../domain/vocabulary';

export const STORY_FORMAT = 'nexo-story';
export const STORY_FORMAT_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids use lower-case letters, digits, ".", "_" and "-"')
  .max(120)
  .describe('A stable identifier, unique in its list: lower-case letters, digits, ".", "_" and "-".');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

const partialDate = z
  .string()
  .superRefine((value, ctx) => {
    const r = parsePartialDate(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
  })
  .describe(`A date at the precision the source supports: ${DATE_FORMATS_HELP}.`)
  .meta({ examples: ['2025', '2025-09', '2026-02-03', '2026-02-03T11:00-05:00'] });

export const sourceSchema = z.strictObject({
  id,
  outlet: text(200).describe('Publisher, e.g. "Reuters".'),
  title: text(500),
  authors: z.array(text(200)).default([]).describe('Authors as credited; empty when none is given.'),
  published: partialDate.describe('Publication date of the article.'),
  url: z.httpUrl().optional().describe('Only a real http(s) address of the article.'),
  note: text(1000).optional(),
});

export const actorSchema = z.strictObject({
  id,
  name: text(200).describe('Name as spelled in the sources, with accents.'),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(text(200)).default([]).describe('Other names people search by.'),
  description: text(2000).optional(),
  country: id.optional().describe('Id of the country actor this actor belongs to.'),
  sources: z.array(id).default([]).describe('Ids of sources that name this actor.'),
});

export const quoteSchema = z.strictObject({
  text: text(1000).describe('The exact words, as quoted by the source.'),
  by: id.describe('Id of the actor who said it.'),
  source: id.describe('Id of the source that quotes it.'),
});

export const linkSchema = z
  .strictObject({
    id,
    from: id.describe('Id of the actor the link goes from (who acts).'),
    to: id.describe('Id of the actor the link goes to (who is acted on).'),
    kind: z.enum(LINK_KINDS),
    directed: z.boolean().default(true).describe('false for links without a direction, like a meeting.'),
    tone: z
      .number()
      .min(TONE_MIN)
      .max(TONE_MAX)
      .describe('-10 most hostile … 0 neutral … +10 most cooperative (Goldstein-like).'),
    at: partialDate.optional().describe('For a one-off event: when it happened.'),
    start: partialDate.optional().describe('For a span (a sanction in force, an office held): its start.'),
    end: partialDate
      .nullable()
      .optional()
      .describe('For a span: its end; absent or null while it is still in force.'),
    status: z
      .enum(['occurred', 'planned'])
      .default('occurred')
      .describe('"planned" for what the sources only announce.'),
    description: text(2000).describe('What happened, in your own words.'),
    quotes: z.array(quoteSchema).default([]),
    sources: z.array(id).min(1, 'a link must cite at least one source'),
  })
  .superRefine((link, ctx) => {
    const hasAt = link.at !== undefined;
    const hasStart = link.start !== undefined;
    if (hasAt === hasStart) {
      ctx.addIssue({
        code: 'custom',
        path: [hasAt ? 'start' : 'at'],
        message: 'give either "at" (a one-off event) or "start" (a span), not both or neither',
      });
    }
    if (hasAt && link.end !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: '"end" belongs to spans: use "start" with it' });
    }
  });

const envelopeShape = {
  $schema: z.string().optional(),
  format: z.literal(STORY_FORMAT),
  version: z.literal(STORY_FORMAT_VERSION),
  id,
  title: text(300),
  description: text(5000),
  focusPair: z
    .tuple([id, id])
    .optional()
    .describe('The two actors whose relationship the story follows, for the tone line.'),
};

export const storyFileSchema = z.strictObject({
  ...envelopeShape,
  sources: z.array(sourceSchema).min(1),
  actors: z.array(actorSchema).min(1),
  links: z.array(linkSchema),
});

/** The file with its lists left unparsed, so each item can be checked on its own. */
export const storyEnvelopeSchema = z.strictObject({
  ...envelopeShape,
  sources: z.array(z.unknown()).min(1),
  actors: z.array(z.unknown()).min(1),
  links: z.array(z.unknown()),
});

export type StoryFile = z.output<typeof storyFileSchema>;
export type LinkRecord = StoryFile['links'][number];
