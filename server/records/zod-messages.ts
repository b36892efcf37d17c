import { z } from "zod";
import type { $ZodRawIssue } from "zod/v4/core";

// zod's default messages are written for developers ("Too big: expected string to have <=200
// characters"). Every schema without a message of its own gets one written for the person at the
// form instead; API callers get the same sentence in the 400's field errors. A schema's own message
// always wins over these.

type Issue = $ZodRawIssue;

const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "yes or no",
  date: "a date",
  array: "a list",
  object: "an object",
  bigint: "a whole number",
};

export function peopleMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "too_big": {
      const max = issue.maximum;
      if (issue.origin === "string") return `${plural(max, "character", "characters")} at most`;
      if (issue.origin === "array" || issue.origin === "set")
        return `${plural(max, "item", "items")} at most`;
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint")
        return issue.inclusive === false ? `Must be less than ${max}` : `Must be ${max} or less`;
      if (issue.origin === "date")
        return `Must be on or before ${new Date(Number(max)).toISOString().slice(0, 10)}`;
      return undefined;
    }
    case "too_small": {
      const min = issue.minimum;
      if (issue.origin === "string")
        return Number(min) <= 1 ? "Required" : `${plural(min, "character", "characters")} at least`;
      if (issue.origin === "array" || issue.origin === "set")
        return Number(min) <= 1 ? "Choose at least one" : `${plural(min, "item", "items")} at least`;
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint")
        return issue.inclusive === false ? `Must be more than ${min}` : `Must be ${min} or more`;
      if (issue.origin === "date")
        return `Must be on or after ${new Date(Number(min)).toISOString().slice(0, 10)}`;
      return undefined;
    }
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Required";
      return TYPE_NAMES[issue.expected] ? `Enter ${TYPE_NAMES[issue.expected]}` : undefined;
    case "invalid_format":
      if (issue.format === "email") return "Enter a valid e-mail address, e.g. name@example.com";
      if (issue.format === "url") return "Enter a full web address, e.g. https://example.com";
      if (issue.format === "uuid") return "Not a valid record id";
      if (issue.format === "regex") return "Not in the expected format";
      return undefined;
    case "invalid_value":
      return issue.values.length <= 8
        ? `Choose one of: ${issue.values.map(String).join(", ")}`
        : "Choose a valid value";
    case "not_multiple_of":
      return `Must be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return `Unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
}

z.config({ customError: peopleMessage });
