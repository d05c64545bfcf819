// The pages' script floor (README, "Requirements"; webpack.config.js scriptFloor): does a built
// script parse as ES2020 (or ES5, for the too-old check), with no regex lookbehind? Lookbehind is
// ES2018 syntax, so an ES2020 parse admits it; WebKit before 16.4 cannot parse it all the same, so
// every regex literal and every RegExp("…") built from a string is looked at too.
//
//   node scripts/es-floor.js dist        → checks dist/*.js, exit 1 on any problem
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "acorn";

/** True when a regular expression's source uses lookbehind, (?<= or (?<! outside a character class. */
export function hasLookbehind(pattern) {
  let inClass = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === "\\") index += 1;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(" && (pattern.startsWith("?<=", index + 1) || pattern.startsWith("?<!", index + 1)))
      return true;
  }
  return false;
}

/** Every node of an acorn AST, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== "string") return;
  yield node;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value === "object" && typeof value.type === "string") yield* nodes(value);
  }
}

function isRegExpConstruction(node) {
  return (
    (node.type === "NewExpression" || node.type === "CallExpression") &&
    node.callee.type === "Identifier" &&
    node.callee.name === "RegExp" &&
    node.arguments[0]?.type === "Literal" &&
    typeof node.arguments[0].value === "string"
  );
}

/**
 * What keeps `source` from running on a client at the floor: a parse error at `ecmaVersion`, or a
 * lookbehind. Empty when it is fine.
 */
export function floorProblems(source, ecmaVersion = 2020) {
  let program;
  try {
    program = parse(source, { ecmaVersion, sourceType: "script", allowHashBang: false });
  } catch (error) {
    return [`not ES${ecmaVersion === 5 ? 5 : ecmaVersion}: ${error.message}`];
  }
  const problems = [];
  for (const node of nodes(program)) {
    const pattern = node.regex?.pattern ?? (isRegExpConstruction(node) ? node.arguments[0].value : undefined);
    if (pattern !== undefined && hasLookbehind(pattern)) {
      problems.push(`regex lookbehind at offset ${node.start}: /${pattern.slice(0, 60)}/`);
    }
  }
  return problems;
}

/** The too-old check is held to ES5 (it must run on any client); every other script to ES2020. */
export function floorFor(fileName) {
  return /^too-old\./.test(fileName) ? 5 : 2020;
}

/** Problems of every .js file in a built folder, by file name. */
export function checkFolder(folder) {
  const found = {};
  for (const name of readdirSync(folder).filter((file) => file.endsWith(".js"))) {
    const problems = floorProblems(readFileSync(path.join(folder, name), "utf8"), floorFor(name));
    if (problems.length > 0) found[name] = problems;
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const folder = path.resolve(process.argv[2] ?? "dist");
  const found = checkFolder(folder);
  for (const [name, problems] of Object.entries(found))
    for (const problem of problems) console.error(`${name}: ${problem}`);
  const count = Object.keys(found).length;
  console.log(
    count === 0 ? `es-floor: every script in ${folder} meets the floor` : `es-floor: ${count} file(s) below it`,
  );
  process.exit(count === 0 ? 0 : 1);
}
