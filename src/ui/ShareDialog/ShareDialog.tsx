/**
 * One place to hand the view on: its link (copy, or the system share sheet where the browser has
 * one), a PNG or SVG picture with a caption, a snapshot file (story and view), and an embed snippet.
 * A native modal <dialog>: focus stays inside, Escape closes it, focus returns to the Share button.
 */
import { useEffect, useRef, useState } from 'react';
import { isoDay } from '../../domain/dates';
import { captionFor, type Caption } from '../../share/caption';
import { embedSnippet, viewUrl } from '../../share/embed';
import { encodeShareFragment } from '../../share/link';
import { snapshotText } from '../../share/snapshot';
import { captureShareState } from '../../store/shareBridge';
import { useAppStoreApi } from '../../store/StoreContext';
import { copyText, download } from './download';
import './ShareDialog.css';

/** Pictures of the graph as shown; the app wires this to the canvas. */
export interface PictureExporter {
  png(caption: Caption): Promise<Blob>;
  svg(caption: Caption): Promise<string>;
}

export function ShareButton({ exporter }: { exporter: PictureExporter | null }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share…
      </button>
      {open && <ShareDialog exporter={exporter} onClose={() => setOpen(false)} />}
    </>
  );
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

function ShareDialog({ exporter, onClose }: { exporter: PictureExporter | null; onClose(): void }) {
  const store = useAppStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const [fragment, setFragment] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // What the dialog shares is the view at the moment it opened.
  const [view] = useState(() => {
    const s = store.getState();
    return s.story
      ? {
          story: s.story,
          state: captureShareState(s),
          caption: captionFor(s.story, s.time, store.visibleSnapshot().links),
          day: isoDay(s.time.mode === 'window' ? s.time.windowStart : s.time.cursor),
          linkable: s.story.id === s.linkableStoryId,
        }
      : null;
  });

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (typeof d.showModal === 'function' && !d.open) d.showModal();
    else d.setAttribute('open', '');
    const closed = () => onClose();
    d.addEventListener('close', closed);
    return () => d.removeEventListener('close', closed);
  }, [onClose]);

  useEffect(() => {
    let live = true;
    if (view?.state) void encodeShareFragment(view.state).then((f) => live && setFragment(f));
    return () => {
      live = false;
    };
  }, [view]);

  if (!view) return null;
  const base = window.location.href;
  const url = fragment === null ? '' : viewUrl(base, fragment);
  const snippet = fragment === null ? '' : embedSnippet(base, fragment, view.story.title);
  const filename = (ext: string) => `${view.story.id}-${view.day}.${ext}`;
  const canShare = typeof navigator.share === 'function';

  const run = async (what: string, job: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ kind: 'ok', text: await job() });
    } catch (e) {
      setStatus({ kind: 'error', text: `Could not ${what}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const copy = (what: string, text: string, field: HTMLInputElement | HTMLTextAreaElement | null) =>
    void run(`copy ${what}`, async () => {
      if (!(await copyText(text, field))) throw new Error('select it and copy it yourself');
      return `Copied ${what}.`;
    });

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-dialog-title">
      {/* A div, not a <header>: inside a dialog a header would be a second page banner. */}
      <div className="share-dialog__header">
        <h2 id="share-dialog-title">Share this view</h2>
        <button type="button" onClick={() => dialog.current?.close()} aria-label="Close">
          ×
        </button>
      </div>
      <p className="share-dialog__caption">
        <strong>{view.caption.title}</strong>
        <br />
        {view.caption.when}
      </p>

      <section aria-labelledby="share-link-title">
        <h3 id="share-link-title">Link</h3>
        <div className="share-dialog__row">
          <input
            ref={linkField}
            readOnly
            value={url}
            aria-label="Link to this view"
            data-testid="share-link"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" disabled={!url} onClick={() => copy('the link', url, linkField.current)}>
            Copy link
          </button>
          {canShare && (
            <button
              type="button"
              disabled={!url}
              onClick={
                () =>
                  void navigator
                    .share({ title: `Nexo: ${view.caption.title}`, text: view.caption.when, url })
                    .catch(() => {}) // the person closed the share sheet
              }
            >
              Share via…
            </button>
          )}
        </div>
        {!view.linkable && (
          <p className="share-dialog__hint">
            This story was opened from a file, so the link works only where the same story is open. To hand on
            the story as well, download a snapshot file.
          </p>
        )}
      </section>

      <section aria-labelledby="share-download-title">
        <h3 id="share-download-title">Download</h3>
        <div className="share-dialog__row">
          <button
            type="button"
            disabled={busy || !exporter}
            onClick={() =>
              void run('make the picture', async () => {
                download(await exporter!.png(view.caption), filename('png'));
                return `Saved ${filename('png')}.`;
              })
            }
          >
            Picture (PNG)
          </button>
          <button
            type="button"
            disabled={busy || !exporter}
            onClick={() =>
              void run('make the drawing', async () => {
                download(await exporter!.svg(view.caption), filename('svg'), 'image/svg+xml');
                return `Saved ${filename('svg')}.`;
              })
            }
          >
            Drawing (SVG)
          </button>
          <button
            type="button"
            disabled={busy || !view.state}
            onClick={() =>
              void run('make the snapshot', async () => {
                download(snapshotText(view.story, view.state!), filename('nexo.json'), 'application/json');
                return `Saved ${filename('nexo.json')}: open it with “Open story…” to get this view back.`;
              })
            }
          >
            Snapshot file
          </button>
        </div>
      </section>

      <section aria-labelledby="share-embed-title">
        <h3 id="share-embed-title">Embed in a page</h3>
        <textarea
          ref={embedField}
          readOnly
          rows={3}
          value={snippet}
          aria-label="Embed code"
          data-testid="share-embed"
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="share-dialog__row">
          <button
            type="button"
            disabled={!snippet}
            onClick={() => copy('the embed code', snippet, embedField.current)}
          >
            Copy embed code
          </button>
        </div>
      </section>

      <p className={`share-dialog__status share-dialog__status--${status?.kind ?? 'ok'}`} role="status">
        {status?.text}
      </p>
    </dialog>
  );
}
