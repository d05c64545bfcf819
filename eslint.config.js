// Flat ESLint config: JavaScript and TypeScript recommended rules, the Office add-in rules from
// eslint-plugin-office-addins, and eslint-config-prettier last so formatting is left to Prettier
// (`npm run format:check`). Not run through office-addin-lint: that tool only picks up a file
// named eslint.config.mjs, lints src/ alone and enforces Prettier as an ESLint rule.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const nodeGlobals = {
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  TextDecoder: "readonly",
  TextEncoder: "readonly",
};

// The plugin's own rules (Excel/Word batching mistakes, Office.initialize), without the
// prettier/prettier rule its recommended preset adds.
const officeAddinRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.at(-1)?.rules ?? {}).filter(([name]) =>
    name.startsWith("office-addins/"),
  ),
);

export default tseslint.config(
  // Dot folders hold tools and scratch work (.git, .ci, editor caches), never project sources.
  { ignores: ["dist/", "lib/", "coverage/", "test-artifacts/", "node_modules/", ".*/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Bounces and terminal output are full of control characters (NUL, ESC …) that the
      // parsers and tests match on purpose.
      "no-control-regex": "off",
      // "\[" or "\-" inside a character class is redundant but harmless, and often clearer.
      "no-useless-escape": "warn",
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinRules,
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
  { files: ["src/**/*.{ts,tsx}"], rules: { "no-eval": "error", "no-implied-eval": "error" } },
  prettier,
);
