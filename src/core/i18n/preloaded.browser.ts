/**
 * Stands in for preloaded.ts in the browser bundles (webpack.config.js): nothing is registered up
 * front; pages call loadLanguage() for the language they show, so a pane in English never
 * downloads the Norwegian strings (nor the CLI's, in any language).
 */
export {};
