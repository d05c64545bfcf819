/**
 * `--summary`: what a help desk needs to see which problem is biggest — failed recipients counted
 * by cause, by Sisimai reason and by who must act, plus the remote servers that refused most.
 * Only counts are kept, so memory does not grow with the number of messages (beyond one entry per
 * distinct server name).
 */
import { hasKey, t } from "../core/i18n/index.js";
import type { Explanation, Language, ReportKind } from "../core/types.js";
import { inert, type Colors } from "./color.js";

/** A share of the failed recipients as people write it: "12.5%" in English, "12,5 %" in Norwegian. */
function percentText(language: Language, share: number): string {
  const number = new Intl.NumberFormat(language === "nb" ? "nb-NO" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
  return t(language, "report.percent", { percent: number });
}

/**
 * What one message adds to the summary: small enough to pass between threads, so a worker sends
 * this instead of the explanation.
 */
export interface SummaryEntry {
  kind: ReportKind;
  suspicious: boolean;
  failed: { cause: string; title: string; reason: string; fixOwner: string; server: string; domain: string }[];
}

const NO_SERVER = "\u0000none";

export function summaryEntry(explanation: Explanation): SummaryEntry {
  const failed: SummaryEntry["failed"] = [];
  for (const { facts, diagnosis, title } of explanation.recipients) {
    if (facts.action !== "failed") continue;
    const at = facts.address.lastIndexOf("@");
    failed.push({
      cause: diagnosis.causeId,
      title: title || diagnosis.causeId,
      reason: diagnosis.reason,
      fixOwner: diagnosis.fixOwner,
      server: facts.remoteMta ? facts.remoteMta.toLowerCase() : NO_SERVER,
      domain: at >= 0 ? facts.address.slice(at + 1).toLowerCase() : NO_SERVER,
    });
  }
  return { kind: explanation.report.kind, suspicious: explanation.trust.suspicious, failed };
}

interface Tally {
  key: string;
  count: number;
  title?: string;
}

class Counter {
  private readonly counts = new Map<string, Tally>();
  add(key: string, title?: string): void {
    const entry = this.counts.get(key);
    if (entry) entry.count += 1;
    else this.counts.set(key, { key, count: 1, title });
  }
  /** Largest first; ties by name so output is repeatable. */
  top(limit = Infinity): Tally[] {
    return [...this.counts.values()]
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, limit);
  }
  get size(): number {
    return this.counts.size;
  }
  /** The same counts without one key. */
  without(key: string): Counter {
    const copy = new Counter();
    for (const [k, tally] of this.counts) if (k !== key) copy.counts.set(k, tally);
    return copy;
  }
}

export interface SummaryJson {
  inputs: number;
  unreadable: number;
  bounces: number;
  failedRecipients: number;
  suspicious: number;
  kinds: Record<string, number>;
  byCause: { cause: string; title: string; count: number }[];
  byReason: { reason: string; count: number }[];
  byFixOwner: { fixOwner: string; count: number }[];
  topRemoteServers: { server: string | null; count: number }[];
  /** where the failed recipients are: often the clearer signal when reports name no server */
  topRecipientDomains: { domain: string; count: number }[];
}

/** How many rows each list shows unless --top says otherwise: in the text, and in the JSON object. */
const TEXT_TOP = { causes: 20, servers: 10, domains: 10 };
const JSON_TOP = { causes: Infinity, servers: 10, domains: 10 };
type List = keyof typeof TEXT_TOP;

export class Summary {
  inputs = 0;
  unreadable = 0;
  bounces = 0;
  failedRecipients = 0;
  /** messages that look like fake bounces: counted here only, not as bounces or by kind */
  suspicious = 0;
  private readonly kinds = new Counter();
  private readonly causes = new Counter();
  private readonly reasons = new Counter();
  private readonly owners = new Counter();
  private readonly servers = new Counter();
  private readonly domains = new Counter();

  /** `top`: rows per list (--top N, Infinity for all); undefined keeps each list's default. */
  constructor(private readonly top?: number) {}

  add(entry: SummaryEntry): void {
    this.inputs += 1;
    if (entry.suspicious) {
      // A fake bounce's "failed recipients" are scraped from a lure: they must not swell the counts.
      this.suspicious += 1;
      return;
    }
    this.kinds.add(entry.kind);
    if (entry.kind === "failed") this.bounces += 1;
    for (const failed of entry.failed) {
      this.failedRecipients += 1;
      this.causes.add(failed.cause, failed.title);
      this.reasons.add(failed.reason);
      this.owners.add(failed.fixOwner);
      this.servers.add(failed.server);
      this.domains.add(failed.domain);
    }
  }

  addUnreadable(): void {
    this.unreadable += 1;
  }

  private limit(list: List, defaults: Record<List, number>): number {
    return this.top ?? defaults[list];
  }

  toJSON(): SummaryJson {
    const limit = (list: List) => this.limit(list, JSON_TOP);
    return {
      inputs: this.inputs,
      unreadable: this.unreadable,
      bounces: this.bounces,
      failedRecipients: this.failedRecipients,
      suspicious: this.suspicious,
      kinds: Object.fromEntries(this.kinds.top().map((k) => [k.key, k.count])),
      byCause: this.causes.top(limit("causes")).map((c) => ({ cause: c.key, title: c.title ?? c.key, count: c.count })),
      byReason: this.reasons.top().map((r) => ({ reason: r.key, count: r.count })),
      byFixOwner: this.owners.top().map((o) => ({ fixOwner: o.key, count: o.count })),
      topRemoteServers: this.servers
        .top(limit("servers"))
        .map((s) => ({ server: s.key === NO_SERVER ? null : s.key, count: s.count })),
      topRecipientDomains: this.domains
        .without(NO_SERVER)
        .top(limit("domains"))
        .map((d) => ({ domain: d.key, count: d.count })),
    };
  }

  render(language: Language, colors: Colors): string {
    const out: string[] = [];
    const total = this.failedRecipients;
    const limit = (list: List) => this.limit(list, TEXT_TOP);
    const figure = (label: string, value: number | string) => `  ${label.padEnd(34)} ${String(value).padStart(7)}`;
    out.push(colors.bold(t(language, "cli.summary.title")));
    out.push(figure(t(language, "cli.summary.inputs"), this.inputs));
    out.push(figure(t(language, "cli.summary.bounces"), this.bounces));
    if (this.suspicious > 0) out.push(colors.yellow(figure(t(language, "cli.summary.suspicious"), this.suspicious)));
    out.push(figure(t(language, "cli.summary.recipients"), total));
    const others = this.kinds.top().filter((k) => k.key !== "failed");
    if (others.length > 0) {
      const list = others.map((k) => `${t(language, `cli.kind.${k.key}`)} ${k.count}`).join(", ");
      out.push(`  ${t(language, "cli.summary.otherKinds").padEnd(34)} ${list}`);
    }
    if (this.unreadable > 0) out.push(colors.red(figure(t(language, "cli.summary.unreadable"), this.unreadable)));

    const section = (titleKey: string, counter: Counter, max: number, label: (tally: Tally) => string) => {
      out.push("", colors.bold(t(language, titleKey)));
      const rows = counter.top(max);
      if (rows.length === 0) out.push(`  ${colors.dim(t(language, "cli.summary.none"))}`);
      for (const row of rows) {
        const share = total > 0 ? (100 * row.count) / total : 0;
        const bar = "█".repeat(Math.max(row.count > 0 ? 1 : 0, Math.round(share / 5)));
        out.push(
          `  ${String(row.count).padStart(7)} ${percentText(language, share).padStart(7)}  ${colors.cyan(bar.padEnd(20))} ${inert(label(row))}`,
        );
      }
      const rest = counter.size - rows.length;
      if (rest > 0) out.push(`  ${colors.dim(t(language, "cli.summary.more", { count: rest }))}`);
    };
    const inWords = (key: string, words: string) => (hasKey(words) ? `${key}  (${t(language, words)})` : key);
    section("cli.summary.byCause", this.causes, limit("causes"), (c) =>
      c.title && c.title !== c.key ? `${c.key}  ${c.title}` : c.key,
    );
    section("cli.summary.byReason", this.reasons, Infinity, (r) => inWords(r.key, `report.reason.${r.key}`));
    section("cli.summary.byOwner", this.owners, Infinity, (o) => inWords(o.key, `cli.owner.${o.key}`));
    section("cli.summary.topServers", this.servers, limit("servers"), (s) =>
      s.key === NO_SERVER ? t(language, "cli.summary.unknownServer") : s.key,
    );
    section("cli.summary.topDomains", this.domains.without(NO_SERVER), limit("domains"), (d) => d.key);
    return out.join("\n") + "\n";
  }
}
