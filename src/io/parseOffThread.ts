/**
 * Parses a story file in a Web Worker, so that validating tens of thousands of links does not freeze
 * the page. Where there is no Worker (tests in Node or jsdom), or the worker fails, it parses here.
 */
import type { Story } from '../domain/types';
import { parseStoryText } from './loadStory';
import type { ParseReply } from './parseMessages';
import type { Result } from './problems';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { text: string; resolve: (r: Result<Story>) => void }>();

function startWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<ParseReply>) => {
    const job = pending.get(e.data.id);
    pending.delete(e.data.id);
    job?.resolve(e.data.result);
  };
  // A worker that cannot start or crashes: finish every waiting job here instead.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.resolve(parseStoryText(job.text));
    }
  };
  return worker;
}

export function parseStoryOffThread(text: string): Promise<Result<Story>> {
  const w = startWorker();
  if (!w) return Promise.resolve(parseStoryText(text));
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { text, resolve });
    w.postMessage({ id, text });
  });
}
