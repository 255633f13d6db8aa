/**
 * The messages of the story-parsing worker: a file's text goes in with a number, the loader's result
 * comes back with the same number. Plain values, so they cross a worker's boundary by structured
 * clone (the story's Maps and Infinity included).
 */
import type { Story } from '../domain/types';
import { parseStoryText } from './loadStory';
import type { Result } from './problems';

export interface ParseRequest {
  readonly id: number;
  readonly text: string;
}

export interface ParseReply {
  readonly id: number;
  readonly result: Result<Story>;
}

export function handleParseRequest(request: ParseRequest): ParseReply {
  return { id: request.id, result: parseStoryText(request.text) };
}
