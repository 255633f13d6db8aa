/**
 * Opens a story file, or a snapshot (story and view), from disk. A file with problems is reported
 * and nothing is replaced.
 */
import { useRef } from 'react';
import { parseOpenedFile } from '../../share/snapshot';
import { applyShareState } from '../../store/shareBridge';
import { useAppStoreApi } from '../../store/StoreContext';

export function OpenStoryButton() {
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);

  async function open(file: File) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      store.getState().reportLoadProblems(file.name, [{ where: '', message: 'the file could not be read' }]);
      return;
    }
    const result = parseOpenedFile(text);
    if (!result.ok) {
      store.getState().reportLoadProblems(file.name, result.problems);
      return;
    }
    const { story, view, notes } = result.value;
    store.getState().loadStory(story);
    if (!view) return;
    applyShareState(store, view);
    store
      .getState()
      .showShareNotice(
        notes.length > 0
          ? { title: `Part of the view in ${file.name} could not be restored`, details: notes }
          : null,
      );
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open story…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-story-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
    </>
  );
}
