/**
 * The Node.js flags the language server runs with (the VS Code client passes them; the README
 * gives them for other editors, and `npm run bench` measures the engine under them).
 *
 * `--max-semi-space-size=64`: V8's young generation grows to 64 MB per semi-space instead of
 * Node's 16. Linting a 10,000-line nginx configuration allocates some 20 MB, and most of it lives
 * until the lint ends (the parsed tree, the effective tree, the answers the rules share). With
 * 16 MB, every lint met one or two young-generation collections, each copying that live tree
 * again (a third of a lint's time); with 64 MB most lints meet none. The space is committed only
 * as a workload needs it: a server that lints small files stays small.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
