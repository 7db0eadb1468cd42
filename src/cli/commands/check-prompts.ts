/**
 * The prompts of the check walkthrough. Part of the check command, kept in a module of its own
 * so that it is loaded only when questions are really asked: `radic check --answers` never pays
 * for the prompts library (docs/decisions/003-check.md). Named imports keep only these three.
 */
import { checkbox, confirm, select } from "@inquirer/prompts";

export const realPrompts = { checkbox, confirm, select };
