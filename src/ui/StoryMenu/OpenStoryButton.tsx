/** Opens a story file from disk. A file with problems is reported and nothing is replaced. */
import { useRef } from 'react';
import { parseStoryText } from '../../io/loadStory';
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
    const result = parseStoryText(text);
    if (result.ok) store.getState().loadStory(result.value);
    else store.getState().reportLoadProblems(file.name, result.problems);
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
