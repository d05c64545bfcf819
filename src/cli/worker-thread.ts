/** The file a worker thread of the CLI runs (pool.ts): loads the CLI as bin/ndr-explain.js does, then serves. */
import { loadCli } from "./load.js";
import { optimiseLessForThreads } from "./optimiser.js";

const { cli } = await loadCli();
// Only now: a flag set before the bundle is compiled would make V8 refuse its code cache.
optimiseLessForThreads();
cli.serveRenderRequests();
