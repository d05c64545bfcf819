// Builds the three pages of the add-in into dist/:
//   taskpane.html  – the pane Outlook opens (loads Office.js from Microsoft's CDN)
//   commands.html  – the function file for the ribbon's one-line verdict (also loads Office.js)
//   preview.html   – the pane in a plain browser with sample bounces (never loads Office.js)
// plus assets/* and manifest.xml. Production builds rewrite the manifest's dev URL to the
// production URL, which they need (see productionUrl below).
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/** The URL the manifest uses during development (npm run dev-server). */
export const devUrl = "https://localhost:3000/";

/** The placeholder host older builds fell back on; a production manifest must never point there. */
export const placeholderHost = "ndr-explainer.example.com";

/**
 * For production builds that are never deployed (the browser tests, the benches,
 * `npm run preview -- --production`, CI): `webpack --mode production --env undeployed`. A name under
 * .invalid never resolves (RFC 2606), so a manifest built with it cannot work by accident.
 */
export const undeployedUrl = "https://ndr-explainer.invalid/";

/**
 * Where the built dist/ will be hosted. First match wins:
 *   ADDIN_PROD_URL=https://addins.contoso.com/ndr/ npm run build
 *   npm run build --prod_url=https://addins.contoso.com/ndr/
 *   "config": { "prod_url": … } in package.json
 *   undeployedUrl, with --env undeployed
 * With none of them a production build stops: a manifest that points nowhere must not be made.
 */
export function productionUrl(env = {}) {
  const configured =
    process.env.ADDIN_PROD_URL ||
    process.env.npm_config_prod_url ||
    process.env.npm_package_config_prod_url ||
    (env.undeployed ? undeployedUrl : undefined);
  if (!configured) {
    throw new Error(
      "A production build needs the HTTPS URL where dist/ will be hosted: " +
        "ADDIN_PROD_URL=https://addins.contoso.com/ndr/ npm run build (or npm run build --prod_url=…). " +
        "A build that is never deployed says so with --env undeployed. See the README, 'Production deployment'.",
    );
  }
  const url = new URL(configured); // throws on a malformed URL: better than a broken manifest
  if (url.protocol !== "https:") {
    throw new Error(`The production URL must use https (Office requires it): ${configured}`);
  }
  if (url.hostname === placeholderHost || url.href.startsWith(devUrl)) {
    throw new Error(`The production URL must be where dist/ will really be hosted, not ${url.origin}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * `bench/bundle.bench.ts --by-package` only (NDR_CHUNK_PER_PACKAGE=1, never a build to deploy): one
 * chunk per npm package and per area of the core, so the bench can say where the bytes go. Modules
 * that only import() reaches get a chunk of their own ("~async"), apart from the first-load ones.
 */
const chunkPerPackage = {
  chunks: "all",
  minSize: 0,
  maxInitialRequests: Infinity,
  maxAsyncRequests: Infinity,
  cacheGroups: {
    default: false,
    defaultVendors: false,
    each: {
      test: () => true,
      enforce: true,
      name(module, chunks) {
        const resource = (module.resource ?? module.rootModule?.resource ?? "").replaceAll("\\", "/");
        const match = resource.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
        const core = resource.match(/src\/core\/(i18n\/(?:en|nb)\/\w+|i18n\/\w+|\w+)/);
        const source = resource.match(/src\/(\w+)\//);
        // Prefixed, so no name collides with an entry ("taskpane") or a named lazy chunk.
        const name = match
          ? `npm~${match[1].replace("@", "").replace("/", "~")}`
          : core
            ? `core~${core[1].replaceAll("/", "~")}`
            : `src~${source ? source[1] : "other"}`;
        return chunks.some((chunk) => chunk.canBeInitial()) ? name : `${name}~async`;
      },
    },
  },
};

/**
 * The client floor (README, "Requirements"): every script the pages load parses as ES2020, with no
 * regex lookbehind (test/browser/es-floor.test.ts checks dist/). Our code and every dependency are
 * transpiled to it: Fluent UI ships class fields, static blocks and ??=, which WebKit before 16.4,
 * EdgeHTML and Trident cannot parse. Below the floor, the too-old check answers instead (ES5).
 */
export const scriptFloor = "es2020";

/** src/floor/too-old.ts: the first script of the Outlook pages, ES5, telling a client below the floor. */
const tooOld = { name: "too-old", entry: "./src/floor/too-old.ts" };
const floorSource = path.resolve(projectRoot, "src/floor");

/** `guarded`: the too-old check runs first (the Outlook pages; the preview is a try-it page for browsers). */
const pages = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html", guarded: true },
  { name: "commands", entry: "./src/commands/commands.ts", template: "./src/commands/commands.html", guarded: true },
  { name: "preview", entry: "./src/preview/index.tsx", template: "./src/preview/preview.html", guarded: false },
];

/** ts-loader for src/floor: transpile only, ES5 out (esbuild cannot lower const and the rest that far). */
const es5Loader = {
  loader: "ts-loader",
  options: {
    transpileOnly: true,
    instance: "floor-es5",
    compilerOptions: { noEmit: false, target: "es5", module: "esnext", moduleResolution: "bundler", sourceMap: false },
  },
};

export default (env = {}, argv = {}) => {
  const isProduction = argv.mode === "production";
  const perPackage = process.env.NDR_CHUNK_PER_PACKAGE === "1";
  const targetUrl = isProduction ? productionUrl(env) : devUrl;

  // The per-package analysis looks at the task pane alone: what other pages share would blur it.
  const builtPages = perPackage ? pages.filter((page) => page.name === "taskpane") : pages;

  return {
    mode: isProduction ? "production" : "development",
    context: projectRoot,
    // CSP forbids eval, so no eval-based source maps even in development.
    devtool: isProduction ? false : "source-map",
    entry: Object.fromEntries([
      ...builtPages.map((page) => [page.name, page.entry]),
      ...(builtPages.some((page) => page.guarded) ? [[tooOld.name, tooOld.entry]] : []),
    ]),
    output: {
      // NDR_DIST_DIR lets the browser tests build into a private folder (parallel runs, no clobbering).
      path: process.env.NDR_DIST_DIR ? path.resolve(process.env.NDR_DIST_DIR) : path.resolve(projectRoot, "dist"),
      filename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      // Each entry is wrapped in an IIFE: a function, not an arrow, so the too-old check stays ES5.
      environment: { arrowFunction: false },
    },
    // Native CSS: the pane's static stylesheet (src/taskpane/pane.css) becomes a hashed .css file
    // that HtmlWebpackPlugin links, so no style engine runs before the first paint.
    experiments: { css: true },
    // webpack's own runtime at the floor too; the modules are transpiled by the loaders below
    // (ES2020, and ES5 for the too-old check). No polyfills.
    target: ["web", scriptFloor],
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Sources import "./foo.js" (NodeNext style) while the file on disk is foo.ts / foo.tsx.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      // iconv-lite (via @kenjiuno/msgreader) needs Node's Buffer; the browser's TextDecoder does its job.
      alias: { "iconv-lite$": path.resolve(projectRoot, "src/platform/iconv-lite-browser.ts") },
    },
    module: {
      rules: [
        // The preview's sample bounces, bundled as text (src/preview/samples/index.ts).
        { test: /\.(eml|txt)$/, include: path.resolve(projectRoot, "src/preview/samples"), type: "asset/source" },
        {
          oneOf: [
            // The too-old check and the two string tables it imports: ES5.
            { test: /\.ts$/, include: floorSource, use: es5Loader },
            { test: /\.ts$/, issuer: floorSource, use: es5Loader },
            {
              // Everything else the pages load, our code and node_modules alike, down to the floor.
              // Type errors are reported by `npm run typecheck`; the bundle only needs transpiling.
              test: /\.(?:[cm]?js|tsx?)$/,
              loader: "esbuild-loader",
              options: { target: scriptFloor, tsconfig: path.resolve(projectRoot, "tsconfig.json") },
            },
          ],
        },
      ],
    },
    // Fluent UI alone is larger than webpack's 244 KB hint; bench/bundle.bench.ts tracks sizes.
    performance: { hints: false },
    // React, Fluent UI and the core are shared by taskpane and preview: split them out so the
    // production build minifies them once, and the browser caches them across pages.
    // The too-old check stays one self-contained file: nothing of it is split out or shared.
    optimization: {
      splitChunks: {
        ...(perPackage ? chunkPerPackage : {}),
        chunks: (chunk) => chunk.name !== tooOld.name,
      },
    },
    plugins: [
      // Node registers every string of both languages up front (src/core/i18n/preloaded.ts); the
      // pages load only the language they show (loadLanguage), each language its own chunk.
      new webpack.NormalModuleReplacementPlugin(/^\.\/preloaded\.js$/, (resource) => {
        if (resource.context === path.resolve(projectRoot, "src/core/i18n"))
          resource.request = "./preloaded.browser.js";
      }),
      // postal-mime's 2,231-name HTML entity table (~12 KB gzip) answered by the browser's own copy
      // of the same WHATWG table (src/platform/html-entities-browser.ts; test/browser/html-entities.test.ts
      // checks every name). Node keeps the package's table.
      new webpack.NormalModuleReplacementPlugin(/^\.\/html-entities\.js$/, (resource) => {
        if (/[\\/]node_modules[\\/]postal-mime[\\/]/.test(resource.context)) {
          resource.request = path.resolve(projectRoot, "src/platform/html-entities-browser.ts");
        }
      }),
      ...builtPages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            // deferred scripts run in order: the too-old check first
            chunks: page.guarded ? [tooOld.name, page.name] : [page.name],
            chunksSortMode: "manual",
            scriptLoading: "defer",
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // Organisation defaults beside taskpane.html (docs/outlook.md); shipped empty so the pane's
          // one fetch finds a file, and admins edit the deployed copy.
          { from: "src/office/ndr-explainer.config.json", to: "[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => (isProduction ? content.toString().replaceAll(devUrl, targetUrl) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      static: false,
      // Outlook loads the pages cross-origin inside its own frame.
      headers: { "Access-Control-Allow-Origin": "*" },
      // The live-reload client talks over a websocket; connect-src 'self' allows same-origin wss.
      client: { overlay: false },
    },
  };
};
