/** What build scripts and tests use from the content layer. */
export { type Compiled, catalogOf, compile } from "./compile.js";
export { loadContent } from "./load.js";
export { type Content, validateContent } from "./validate.js";
