/** Build step: bundles the server into dist/src/bundle (see build/bundle-app.ts). */
import { bundleApp, bundledEntry } from '../build/bundle-app.js';

const started = performance.now();
const { files, bytes } = await bundleApp();
console.log(`Server bundled in ${Math.round(performance.now() - started)} ms: ${bundledEntry} (${files} files, ${(bytes / 1e6).toFixed(1)} MB)`);
