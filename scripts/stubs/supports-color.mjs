// Stands in for chalk's colour detection in the bundle. radic decides the colour level itself
// (src/cli/env.ts) and always passes it to `new Chalk({ level })`, so the detection chalk runs
// when it loads would only cost start-up time (about a millisecond: environment, tty and OS checks).
export default { stdout: false, stderr: false };
