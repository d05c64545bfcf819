// webpack's import.meta.webpackContext: loads the Office host only when its file exists, and bundles
// the preview's sample files. A "sync" context returns the module itself, the others a promise of it.
interface WebpackContext {
  keys(): string[];
  (id: string): unknown;
}
interface ImportMeta {
  webpackContext?: (
    directory: string,
    options: { recursive?: boolean; regExp?: RegExp; mode?: "sync" | "lazy" | "eager" },
  ) => WebpackContext;
}
