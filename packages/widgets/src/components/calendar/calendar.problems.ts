// What went wrong, in words, for the one problems notice: a failed load (with "try again"), the
// rows the door check left out (by core's coded issues), and the attributes the calendar could not use.

import { formatCount } from '../../i18n/index.js';
import type { LoadFailure } from '../../internal/fetch-json.js';
import { issueListProblem, loadFailureProblem, type Problems } from '../../internal/templates.js';
import { hasSelection, type Loaded, type Selection, type Sources } from './calendar.data.js';
import { type BuiltViewModel, type CalendarView, type DateIssue, VIEWS } from './calendar.model.js';

/** The element's state the notice speaks of. */
export interface ProblemState {
  /** A load that failed (the sources or the folder's files), and how to try again. */
  failed: { failure: LoadFailure | undefined; httpStatus: string | undefined } | undefined;
  retry: () => void;
  sources: Sources | undefined;
  loaded: Loaded | undefined;
  dateIssues: readonly DateIssue[];
  view: string | undefined;
  selection: Selection;
  unknownGroups: readonly string[];
}

/**
 * The problems notice's content.
 *
 * @param vm - the view-model (language, and what core could not compute)
 * @param state - the loads, the checked data and the attributes
 * @returns the problems, in the widget's language
 */
export function calendarProblems(vm: BuiltViewModel, state: ProblemState): Problems {
  const { m, locale } = vm;
  const { sources, loaded, selection } = state;
  const problems: Problems = {};
  if (state.failed) Object.assign(problems, loadFailureProblem(m, { status: 'error', ...state.failed }, state.retry));
  const door = sources?.door;
  const checked = [
    ...(sources?.own ? [{ file: '', checked: sources.own }] : []),
    ...[...(sources?.folder ? (loaded?.calendars ?? []) : [])].map(([file, c]) => ({ file, checked: c })),
  ];
  const issues = checked.flatMap(({ file, checked: c }) => c.issues.map((issue) => ({ file, issue })));
  if (door && (issues.length > 0 || sources?.own?.fatal)) {
    const valid = checked.reduce((sum, { checked: c }) => sum + c.entries.length, 0);
    Object.assign(
      problems,
      issueListProblem(
        m,
        locale,
        issues,
        ({ file, issue }) => `${file ? `${file}: ` : ''}${door.issueText(issue, locale)}`,
        sources?.own?.fatal || valid === 0 ? m.dataUnusable : m.dataIssuesKept(formatCount(valid, locale)),
      ),
    );
  }
  const settings = state.dateIssues.map((issue) =>
    m[issue.years ? 'dateOutsideYears' : 'invalidDate'](issue.attribute, issue.value),
  );
  if (state.view && !VIEWS.includes(state.view as CalendarView)) settings.push(m.invalidView(state.view));
  if (sources?.invalidFolder) settings.push(m.invalidFolder);
  if (sources && !sources.folder && !sources.invalidFolder && hasSelection(selection)) settings.push(m.noData);
  if (sources?.folder && loaded) {
    settings.push(...state.unknownGroups.map((id) => m.unknownGroup(id)));
    if (selection.place && !loaded.place?.place) settings.push(m.unknownPlace(selection.place));
    if (selection.place && vm.placeFailed) settings.push(m.invalidPlace(selection.place));
  }
  if (vm.computeFailed) settings.push(m.loadFailed);
  if (settings.length > 0) problems.settings = { heading: m.settingsIssues, items: settings };
  return problems;
}
