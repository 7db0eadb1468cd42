import type { Question } from "../src/core/check/walkthrough.js";

/** The movement or reflex a walkthrough question is about, if it is about one. */
export const keyOf = (q: Question | undefined): string | undefined =>
  q && "key" in q ? q.key : undefined;
