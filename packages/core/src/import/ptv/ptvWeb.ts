import * as z from 'zod/mini';
import { WebUrl } from '../../model/webUrl.js';
import { at, knownFields, type PtvContext, parseEach, preview, report, reportUnmapped } from './ptvContext.js';
import { PtvWebPage } from './ptvSchemas.js';

/**
 * Picks the place's web address from a channel's `webPages`: the Finnish page's URL, else the first
 * valid one. Only `http(s)` addresses are taken (`WebUrl`, the model's one URL schema). `MeetingPlace.web` is one bare URL, so further pages and link texts are reported.
 *
 * @param ctx - the channel being read
 * @param value - the source `webPages`
 * @returns the URL, or `undefined`
 * @example
 * ptvWeb(ctx, [{ url: 'https://example.fi/sv', language: 'sv' }, { url: 'https://example.fi', language: 'fi' }]);
 * // 'https://example.fi' (the Swedish page is reported as unmapped)
 */
export function ptvWeb(ctx: PtvContext, value: unknown): string | undefined {
  const pages = parseEach(ctx, PtvWebPage, value, 'webPages', 'A web page').flatMap(({ path, value: page }) => {
    reportUnmapped(ctx, page, knownFields(PtvWebPage), ['url', 'language'], path, {
      value: 'MeetingPlace.web is a bare URL without a link text',
    });
    const url = page.url?.trim();
    if (!url) return [];
    if (!z.safeParse(WebUrl, url).success) {
      report(ctx, at(path, 'url'), 'invalid-value', `Not a URL: ${preview(url)}`, false, url);
      return [];
    }
    return [{ path, url, language: page.language?.trim().toLowerCase() }];
  });
  const chosen = pages.find((page) => page.language === 'fi') ?? pages[0];
  for (const page of pages) {
    if (page !== chosen && page.url !== chosen?.url) {
      report(
        ctx,
        at(page.path, 'url'),
        'unmapped-field',
        `MeetingPlace holds one web address; ${preview(page.url)} is not carried over`,
      );
    }
  }
  return chosen?.url;
}
