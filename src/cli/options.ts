/**
 * The command line, parsed by commander: every option, its allowed values and the help text.
 * Parsing problems become exit code 2 in main.ts.
 */
import { availableParallelism } from "node:os";
import { Command, InvalidArgumentError, Option } from "commander";
import { normaliseDomain, normaliseHelpDeskAddress } from "../core/settings.js";
import type { Audience, Language } from "../core/types.js";

export const FORMATS = ["text", "table", "json", "jsonl", "csv", "sisimai"] as const;
export type OutputFormat = (typeof FORMATS)[number];
const AUDIENCES: Audience[] = ["sender", "owner", "admin"];

export interface CliOptions {
  format: OutputFormat;
  summary: boolean;
  lang: Language;
  audience: Audience[];
  only: "failed" | "all";
  color?: boolean;
  /** undefined: one per CPU but one (defaultJobs) */
  jobs?: number;
  verbose: boolean;
  /** --top: rows per --summary list; Infinity for all */
  top?: number;
  /** --me: the reader's own address, lower-case */
  me?: string;
  /** --org-domain (repeatable): the organisation's own mail domains */
  orgDomain: string[];
  /** --config: the organisation's config file (its `domains`) */
  config?: string;
}

/** --me <address>: one email address, lower-case. */
function parseReader(value: string): string {
  const address = normaliseHelpDeskAddress(value);
  if (!address) throw new InvalidArgumentError("An email address, such as kari@contoso.com.");
  return address.toLowerCase();
}

/** --org-domain <domain>, given once per domain: collected, each once. */
function collectDomain(value: string, previous: string[]): string[] {
  const domain = normaliseDomain(value);
  if (!domain) throw new InvalidArgumentError("A domain name, such as contoso.com.");
  return previous.includes(domain) ? previous : [...previous, domain];
}

/** --audience sender | owner | admin | all, or a comma list such as "sender,admin". */
function parseAudiences(value: string): Audience[] {
  if (value === "all") return [...AUDIENCES];
  const parts = value
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const wrong = parts.filter((p) => !AUDIENCES.includes(p as Audience));
  if (parts.length === 0 || wrong.length > 0) {
    throw new InvalidArgumentError(`Allowed: ${AUDIENCES.join(", ")}, all (or a comma list).`);
  }
  return AUDIENCES.filter((a) => parts.includes(a));
}

/** --top N | all */
function parseTop(value: string): number {
  if (value === "all") return Infinity;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('A whole number from 1, or "all".');
  return n;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("A whole number from 1 to 64.");
  return n;
}

/** At most this many explainers unless --jobs asks for more. */
export const MAX_DEFAULT_JOBS = 8;

/**
 * One explainer per CPU but one (this thread is one of them), at most 8. The CPU left over is not
 * idle: V8 compiles hot code and collects garbage on helper threads, so one explaining thread
 * keeps about 1.3 CPUs busy, and every extra thread compiles the engine again. On 2 CPUs a second
 * thread gave the same wall time for 23 % more CPU and 34 % more memory (docs/cli.md).
 */
export function defaultJobs(cpus = availableParallelism()): number {
  return Math.max(1, Math.min(MAX_DEFAULT_JOBS, cpus - 1));
}

/** nb when the locale says Norwegian (nb, no, nn), otherwise en. */
export function defaultLanguage(env: Record<string, string | undefined>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^(nb|no|nn)([_.@-]|$)/i.test(locale) ? "nb" : "en";
}

export function buildProgram(version: string, env: Record<string, string | undefined>): Command {
  return new Command()
    .name("ndr-explain")
    .description(
      "Explain bounces (non-delivery reports): what went wrong for each recipient, who must act and what to do.\n" +
        "Reads .eml and .msg files, folders (recursively), Maildir folders, mbox files and stdin.",
    )
    .version(version, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show this help and exit")
    .argument("[inputs...]", 'files, folders, Maildir or mbox paths; "-" (or nothing, when piped) reads stdin')
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("text"))
    .addOption(
      new Option(
        "-s, --summary",
        "print only counts by cause, reason and who must act, and the top remote servers",
      ).default(false),
    )
    .addOption(
      new Option("--top <n>", 'with --summary: rows in each list (causes, servers, domains), or "all"').argParser(
        parseTop,
      ),
    )
    .addOption(
      new Option("-l, --lang <lang>", "language of explanations and guidance")
        .choices(["nb", "en"])
        .default(defaultLanguage(env), "from LANG, else en"),
    )
    .addOption(
      new Option("-a, --audience <who>", "whose guidance to show: sender, owner, admin, all, or a comma list")
        .argParser(parseAudiences)
        .default([...AUDIENCES], "all"),
    )
    .addOption(
      new Option("--only <which>", "show only failed recipients, or all messages")
        .choices(["failed", "all"])
        .default("all"),
    )
    .addOption(new Option("--color", "colour the text output even when not a terminal"))
    .addOption(new Option("--no-color", "never colour the output (so does NO_COLOR)"))
    .addOption(
      new Option("-j, --jobs <n>", "messages explained in parallel: this thread and n − 1 worker threads")
        .argParser(parseJobs)
        .default(undefined, `one per CPU but one, at least 1, at most ${MAX_DEFAULT_JOBS}`),
    )
    .addOption(
      new Option(
        "--me <address>",
        "your own address: tells your bounces from other people's, inside from outside",
      ).argParser(parseReader),
    )
    .addOption(
      new Option("--org-domain <domain>", "a mail domain of your organisation (repeat for each)")
        .argParser(collectDomain)
        .default([], "none"),
    )
    .addOption(
      new Option("--config <file>", 'your organisation\'s ndr-explainer.config.json: its "domains" are yours too'),
    )
    .addOption(new Option("-v, --verbose", "say on stderr how the run is set up (threads)").default(false))
    .addHelpText(
      "after",
      `
Exit codes: 0 every input was read; 1 some inputs could not be read (each is named on stderr,
the others are still explained); 2 wrong usage.

Examples:
  ndr-explain bounce.eml
  ndr-explain --summary ~/Maildir/.Bounces
  ndr-explain --format csv --only failed bounces.mbox > bounces.csv
  ndr-explain --format json --lang nb --audience admin ndr.msg
  ndr-explain --me kari@contoso.com --org-domain contoso.com --org-domain contoso.no bounce.eml
  cat bounce.eml | ndr-explain -`,
    )
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
}
