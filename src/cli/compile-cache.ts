/**
 * Imported first by the command lines an editor runs during an incident
 * (`new:incident`, `publish:status`): Node keeps the code it compiles, the
 * TypeScript it strips included, in node_modules/.cache/node-compile-cache/,
 * and the next run loads it from there. What a command imports later (the
 * rules, the kept bundle) and the processes and threads it starts use it too.
 */
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../node_modules/.cache/node-compile-cache/', import.meta.url));
process.env['NODE_COMPILE_CACHE'] ??= dir;
enableCompileCache(process.env['NODE_COMPILE_CACHE']);
