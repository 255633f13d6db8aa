/** The story Nexo ships with, read through the same loader as any user file. */
import storyText from '../../data/trump-petro.json?raw';
import { parseStoryText } from '../io/loadStory';
import type { Result } from '../io/problems';
import type { Story } from '../domain/types';

export function loadShippedStory(): Result<Story> {
  return parseStoryText(storyText);
}
