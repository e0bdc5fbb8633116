/** One thing wrong with one content file: which collection, which file, which field, what was wrong. */
export type ContentProblem = { collection: string; file: string; field?: string; message: string };

export function formatProblem(problem: ContentProblem): string {
  return `${problem.collection} → ${problem.file}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** Every problem found in content/, thrown once so that one build run reports all of them. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Sightlines content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
