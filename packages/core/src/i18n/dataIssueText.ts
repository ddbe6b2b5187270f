import { Locale } from '../model/common.js';
import type { DataIssue } from '../validation/dataIssue.js';
import { formatIssueCodes, ruleIssueCodes } from '../validation/issueCodes.js';
import { parseInput } from '../validation/parseInput.js';
import { issueMessages } from './catalogue.js';
import type { SentenceIssueCode } from './issueMessages.js';

const FORMATS: ReadonlySet<string> = /* @__PURE__ */ new Set(formatIssueCodes);
const RULES: ReadonlySet<string> = /* @__PURE__ */ new Set(ruleIssueCodes);

/**
 * What is wrong, as one sentence in Finnish, Swedish or English, without saying where: for a UI that
 * shows the row and the field itself. `dataIssueMessage` puts the row and the field in front.
 *
 * @param issue - an issue from `dataIssues`, `checkPlaces`, `regionReferenceIssues`…
 * @param locale - `fi`, `sv` or `en`
 * @returns the sentence, ending with a full stop
 * @example
 * dataIssueText({ path: 'places[3].activities[0].start', keys: ['places', 3, 'activities', 0, 'start'],
 *   code: 'invalid-time', received: '9.00' }, 'fi');
 * // 'aika pitää antaa muodossa HH:mm; nyt ”9.00”.'
 */
export function dataIssueText(issue: DataIssue, locale: Locale): string {
  const m = issueMessages[parseInput(Locale, locale, 'locale')];
  const { code } = issue;
  if (FORMATS.has(code)) {
    const format = m.formats[code as keyof typeof m.formats];
    return `${format}${issue.received !== undefined ? m.got(issue.received) : ''}.`;
  }
  if (RULES.has(code)) return `${m.rules[code as keyof typeof m.rules]}.`;
  const sentence = m.sentences[code as SentenceIssueCode] ?? m.sentences.invalid;
  return sentence(issue);
}
