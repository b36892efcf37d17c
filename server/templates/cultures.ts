import { z } from "zod";

// The cultures offered first in every culture list. Others are allowed when they look like a
// BCP-47 language-region tag (it-IT, es-419, zh-Hant-TW).
export const OFFERED_CULTURES = ["en-GB", "fr-FR", "de-DE"] as const;

/** Every message falls back to this culture when nothing better is known. */
export const DEFAULT_CULTURE = "en-GB";

export const CULTURE_PATTERN = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

export const ZCulture = z
  .string()
  .trim()
  .max(20, "Use at most 20 characters")
  .regex(CULTURE_PATTERN, "Use a culture such as en-GB, fr-FR or de-DE");
