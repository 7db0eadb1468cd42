import { ROOT_IDS } from "./roots.js";
import type { Group } from "./types.js";

/** The general topic ids of the contract (../shared/contracts/topics.md), in reading order. */
export const TOPIC_IDS = [
  "overview",
  "causes",
  "symptoms",
  "diagnosis",
  "exam-tests",
  "imaging",
  "treatment",
  "medications",
  "physical-therapy",
  "injections",
  "surgery",
  "self-care",
  "prognosis",
  "red-flags",
  "cauda-equina",
  "myelopathy",
  "cervical-radiculopathy",
  "thoracic-radiculopathy",
  "lumbar-radiculopathy",
  "sciatica",
  "disc-herniation",
  "spinal-stenosis",
  "differential-diagnosis",
  "dermatomes",
  "myotomes",
  "reflexes",
] as const;

/** Every page id of the contract: the roots, then the topics. */
export const ALL_PAGE_IDS: readonly string[] = [...ROOT_IDS, ...TOPIC_IDS];

export const GROUP_TITLES: Record<Group, string> = {
  cervical: "Cervical roots",
  thoracic: "Thoracic roots",
  lumbar: "Lumbar roots",
  sacral: "Sacral roots",
  topics: "Topics",
};

export const GROUP_ORDER: readonly Group[] = ["cervical", "thoracic", "lumbar", "sacral", "topics"];
