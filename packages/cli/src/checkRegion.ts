import {
  type DataIssueMessageOptions,
  dataIssueMessage,
  dataIssues,
  type Locale,
  parseInput,
  Region,
  regionReferenceIssues,
  scheduleIssues,
  ValidationError,
} from '@perhekeskus/core';

/** The result of {@link checkRegion}. */
export interface RegionCheck {
  /** The parsed region, when it matches the schema. */
  readonly region?: Region;
  /** One sentence per problem, naming the row and the field, in input order. */
  readonly problems: string[];
  /**
   * True when a schedule can be made from the region: it matches the schema and every cadence can be
   * expanded. Broken references do not stop a schedule; `validate` reports them.
   */
  readonly schedulable: boolean;
}

const REGION: DataIssueMessageOptions = { document: 'region' };

/**
 * Checks a whole file against a schema of core, in core's words (`dataIssues`, `dataIssueMessage`):
 * each problem names the row (a place by its number and name, any other row by section, index and id:
 * `groups[2] (steering-group)`) and the field, and says what is wrong by its code.
 *
 * @param schema - a zod schema of core (`Region`, `PublishedPlaces`)
 * @param data - parsed JSON of unknown shape
 * @param lang - the language of the sentences
 * @param top - how to name the file itself (default: the region description)
 * @returns the parsed value when it matches, else the problems
 * @example
 * checkSchema(PublishedPlaces, { places: [], municipalities: [] }, 'en', 'places.json').problems;
 * // ['places.json: field organisers: a required value is missing; it must be a list.']
 */
export function checkSchema<S extends Parameters<typeof parseInput>[0]>(
  schema: S,
  data: unknown,
  lang: Locale,
  top?: string,
): { value?: ReturnType<typeof parseInput<S>>; problems: string[] } {
  try {
    return { value: parseInput(schema, data, 'file'), problems: [] };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const options = top === undefined ? REGION : { subject: top };
    return { problems: dataIssues(error.issues, data).map((issue) => dataIssueMessage(issue, lang, options)) };
  }
}

/**
 * Checks a region description from a file for everything later use would fail on: first the `Region`
 * schema (every problem, each naming the row by section, index and id, and the field), then, when the
 * schema holds, its references (`regionReferenceIssues`: ids that point nowhere, duplicates, areas and
 * municipalities that disagree, loops of parent groups, municipalities that are none of Finland's,
 * outside the region or outside its county, kinds no vocabulary knows) and its schedules
 * (`scheduleIssues`: every cadence expanded over the agreements' period, reported at each field the
 * engine names unless a reference problem already names it). Every sentence is core's catalogue's.
 *
 * @param data - parsed JSON of unknown shape
 * @param lang - the language of the sentences
 * @param today - `YYYY-MM-DD`, the day of the check (schedules of a region without agreements start then)
 * @returns the region when it matches the schema, the problems (empty when there are none), and
 *   whether a schedule can be made from it
 * @example
 * checkRegion({ ...etelaSavo, groups: [{ ...etelaSavo.groups[0], convener: 'boss' }, ...etelaSavo.groups.slice(1)] }, 'en', '2026-01-01').problems;
 * // ['groups[0] (steering-group): field convener: “boss” is no known role. Allowed: chair, …, or one added to the region's vocabulary.']
 */
export function checkRegion(data: unknown, lang: Locale, today: string): RegionCheck {
  const parsed = checkSchema(Region, data, lang);
  if (parsed.value === undefined) return { problems: parsed.problems, schedulable: false };
  const region = parsed.value;
  const references = regionReferenceIssues(region);
  const named = new Set(references.map((issue) => issue.path));
  const unschedulable = scheduleIssues(region, { today })
    .flatMap((issue) => issue.causes)
    .filter((cause) => !named.has(cause.path));
  const problems = [...references, ...unschedulable].map((issue) => dataIssueMessage(issue, lang, REGION));
  return { region, problems, schedulable: unschedulable.length === 0 };
}
