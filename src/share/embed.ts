/** Addresses and the iframe snippet for sharing: plain string work, testable without a browser. */

export const EMBED_PARAM = 'embed';

/** The app's address for a view: `base` without any query or fragment, plus the view's fragment. */
export function viewUrl(base: string, fragment: string, embed = false): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  if (embed) url.searchParams.set(EMBED_PARAM, '1');
  return url.href + (fragment ? `#${fragment}` : '');
}

export function isEmbedUrl(href: string): boolean {
  try {
    return new URL(href).searchParams.get(EMBED_PARAM) === '1';
  } catch {
    return false;
  }
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippet(base: string, fragment: string, title: string): string {
  const src = viewUrl(base, fragment, true);
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Nexo: ${title}`)}" ` +
    `width="800" height="500" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
