// Where <pk-agreement-status>'s data comes from: a published folder's `agreements.json` (`perhekeskus
// publish`: a county's own `src`, or the built-in data the embed carries), or a single agreements file.
// The door check for data from a `src` (core's schemas) is `agreement-status.checks.ts`, imported only
// when such data arrives, so a page with the built-in data never downloads it.
import type { Locale, LocalizedText, PublishedAgreements } from '@perhekeskus/core';
import type { AgreementStatusIssue } from '../../i18n/agreement-status/index.js';
import { filesOf, openSource, readFile } from '../../internal/published.js';
import type { DoorCheck } from './agreement-status.checks.js';

/** Problems the door check found, counted, and worded on demand in the widget's language. */
export interface DataProblems {
  readonly count: number;
  /** One sentence per problem, naming the file, the row and the field. */
  readonly sentences: (locale: Locale) => string[];
}

/** Everything the widget shows, as loaded. */
export interface AgreementsData {
  /** The agreements and their parties' names; absent when nothing could be read. */
  readonly file?: PublishedAgreements;
  /** The region the published data is of (`index.json`'s `region.name`), for the status line. */
  readonly region?: LocalizedText;
  /** True when the published data is invented example data. */
  readonly example?: boolean;
  /** What the folder lacks for the widget (no agreements file). */
  readonly settings: readonly AgreementStatusIssue[];
  /** What the door check found wrong with data from a `src`. */
  readonly problems?: DataProblems;
}

/** A load: where from, and whether the data is trusted (the built-in data, checked when it was built). */
export interface AgreementsRequest {
  readonly url: URL;
  readonly trusted: boolean;
}

async function doorCheck(): Promise<DoorCheck> {
  const { DoorCheck } = await import('./agreement-status.checks.js');
  return new DoorCheck();
}

/**
 * Loads and checks the agreements: from a published folder its `agreements.json`; a `src` that is
 * not a manifest is read as an agreements file itself.
 *
 * @param request - the address and trust
 * @param signal - aborts the requests (a newer load, a disconnected widget)
 * @returns the agreements, the region and the problems
 * @throws {LoadError} when a file cannot be read as JSON
 */
export async function loadAgreements(request: AgreementsRequest, signal: AbortSignal): Promise<AgreementsData> {
  const source = await openSource(request.url, signal, request.trusted);
  if (source.kind === 'file') {
    const check = await doorCheck();
    return { file: check.agreements(source.json), settings: [], ...check.result() };
  }
  const { folder } = source;
  const check = folder.trusted ? undefined : await doorCheck();
  if (check && !check.manifest(folder.manifest)) return { settings: [], ...check.result() };
  const { region, example } = folder.manifest;
  const listed = filesOf(folder, 'agreements')[0];
  if (!listed) return { region: region.name, example, settings: [{ path: 'src', kind: 'no-agreements' }] };
  const json = await readFile(folder, listed, signal);
  const file = check ? check.agreements(json, listed.path) : (json as PublishedAgreements);
  return { file, region: region.name, example, settings: [], ...check?.result() };
}
