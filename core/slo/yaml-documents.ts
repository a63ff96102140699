import { LineCounter, isNode, parseAllDocuments, type Document } from 'yaml';

/** One YAML document of a `---` separated file, as plain data, with a way back to its lines. */
export interface YamlDocument {
  /** 1-based position in the file */
  index: number;
  value: unknown;
  /** the 1-based line of the value at `path`, or of its nearest parent that exists (a missing field) */
  lineOf(path: readonly (string | number)[]): number;
}

export interface YamlProblem {
  line: number;
  message: string;
}

/**
 * Parses every document of a YAML stream. Syntax errors (and duplicate keys, which YAML forbids) come back
 * as problems with their lines instead of documents; warnings (an unknown tag, ...) come back separately.
 */
export function readYamlDocuments(text: string): {
  documents: YamlDocument[];
  errors: YamlProblem[];
  warnings: YamlProblem[];
} {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines, prettyErrors: true });
  const errors: YamlProblem[] = [];
  const warnings: YamlProblem[] = [];
  const problem = (e: { message: string; linePos?: readonly { line: number }[] }): YamlProblem => ({
    line: e.linePos?.[0]?.line ?? 0,
    // prettyErrors appends a drawing of the line under the message: the CLI prints one line
    message: e.message.split('\n')[0]!,
  });
  // a stream with no document (an empty file, only comments) keeps its errors on itself
  if ('empty' in parsed) errors.push(...parsed.errors.map(problem));
  const documents = (parsed as Document.Parsed[]).map((doc, i) => {
    errors.push(...doc.errors.map(problem));
    warnings.push(...doc.warnings.map(problem));
    const lineAt = (offset: number): number => lines.linePos(offset).line;
    return {
      index: i + 1,
      // aliases are expanded at most 100 times (yaml's default): a "billion laughs" file is an error, not a hang
      value: doc.errors.length ? null : doc.toJS({ maxAliasCount: 100 }),
      lineOf(path: readonly (string | number)[]): number {
        for (let n = path.length; n >= 0; n--) {
          const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
          if (isNode(node) && node.range) return lineAt(node.range[0]);
        }
        return doc.range ? lineAt(doc.range[0]) : 1;
      },
    };
  });
  return { documents, errors, warnings };
}
