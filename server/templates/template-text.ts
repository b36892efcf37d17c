import { placeholderByKey, type PlaceholderRecords } from "./placeholders.ts";

// Parsing and filling {{placeholders}}. A placeholder sits on one line; `{{ key }}` may carry
// spaces inside the braces. Anything else with double braces is malformed and refused at save.

const TOKEN = /\{\{\s*([^{}\n]*?)\s*\}\}/g;

export type TemplateTextProblem = { line: number; message: string };

/** Unknown placeholders and stray braces in a template's text, each with its 1-based line. */
export function templateTextProblems(text: string): TemplateTextProblem[] {
  const problems: TemplateTextProblem[] = [];
  text.split(/\r\n?|\n/).forEach((lineText, index) => {
    const line = index + 1;
    for (const match of lineText.matchAll(TOKEN)) {
      const key = match[1]!;
      if (!placeholderByKey(key)) {
        problems.push({
          line,
          message: key
            ? `Unknown placeholder {{${key}}} on line ${line}`
            : `Empty placeholder {{}} on line ${line}`,
        });
      }
    }
    const rest = lineText.replace(TOKEN, "");
    if (rest.includes("{{")) problems.push({ line, message: `Unclosed "{{" on line ${line}` });
    else if (rest.includes("}}")) problems.push({ line, message: `"}}" without "{{" on line ${line}` });
  });
  return problems;
}

/** The placeholder keys a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1]!))];
}

/**
 * Fills a text. Values go in as they are (the result is plain text: the e-mail path escapes it when
 * it builds HTML). A placeholder whose value is missing becomes empty and is reported.
 */
export function fillTemplateText(
  text: string,
  records: PlaceholderRecords,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(TOKEN, (_whole, key: string) => {
    const value = placeholderByKey(key)?.read(records);
    if (value === null || value === undefined || value === "") {
      missing.add(key);
      return "";
    }
    return value;
  });
  return { text: filled, missing: [...missing] };
}
