// webpack's import.meta.webpackContext, used to load the Office host only when its file exists.
interface WebpackContext {
  keys(): string[];
  (id: string): Promise<unknown>;
}
interface ImportMeta {
  webpackContext?: (
    directory: string,
    options: { recursive?: boolean; regExp?: RegExp; mode?: "sync" | "lazy" | "eager" },
  ) => WebpackContext;
}
