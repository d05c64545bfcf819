/** The file a worker thread of the CLI runs (pool.ts): loads the CLI as bin/ndr-explain.js does, then serves. */
import { loadCli } from "./load.js";

const { cli } = await loadCli();
cli.serveRenderRequests();
