#!/usr/bin/env node
// Refresh the README's generated blocks from the built program (see readme-blocks.mjs).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { refresh, root } from "./readme-blocks.mjs";

const file = join(root, "README.md");
const readme = readFileSync(file, "utf8");
const updated = refresh(readme);
if (updated !== readme) writeFileSync(file, updated);
console.log(updated === readme ? "README blocks are up to date" : "README blocks refreshed");
