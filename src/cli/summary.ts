/**
 * `--summary`: what a help desk needs to see which problem is biggest — failed recipients counted
 * by cause, by Sisimai reason and by who must act, plus the remote servers that refused most.
 * Only counts are kept, so memory does not grow with the number of messages (beyond one entry per
 * distinct server name).
 */
import { t } from "../core/i18n/index.js";
import type { Explanation, Language, ReportKind } from "../core/types.js";
import { inert, type Colors } from "./color.js";

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

const TOP_SERVERS = 10;
const TOP_CAUSES = 20;

export class Summary {
  inputs = 0;
  unreadable = 0;
  bounces = 0;
  failedRecipients = 0;
  suspicious = 0;
  private readonly kinds = new Counter();
  private readonly causes = new Counter();
  private readonly reasons = new Counter();
  private readonly owners = new Counter();
  private readonly servers = new Counter();
  private readonly domains = new Counter();

  add(entry: SummaryEntry): void {
    this.inputs += 1;
    this.kinds.add(entry.kind);
    if (entry.kind === "failed") this.bounces += 1;
    if (entry.suspicious) this.suspicious += 1;
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

  toJSON(): SummaryJson {
    return {
      inputs: this.inputs,
      unreadable: this.unreadable,
      bounces: this.bounces,
      failedRecipients: this.failedRecipients,
      suspicious: this.suspicious,
      kinds: Object.fromEntries(this.kinds.top().map((k) => [k.key, k.count])),
      byCause: this.causes.top().map((c) => ({ cause: c.key, title: c.title ?? c.key, count: c.count })),
      byReason: this.reasons.top().map((r) => ({ reason: r.key, count: r.count })),
      byFixOwner: this.owners.top().map((o) => ({ fixOwner: o.key, count: o.count })),
      topRemoteServers: this.servers
        .top(TOP_SERVERS)
        .map((s) => ({ server: s.key === NO_SERVER ? null : s.key, count: s.count })),
      topRecipientDomains: this.domains
        .top(TOP_SERVERS)
        .filter((d) => d.key !== NO_SERVER)
        .map((d) => ({ domain: d.key, count: d.count })),
    };
  }

  render(language: Language, colors: Colors): string {
    const out: string[] = [];
    const total = this.failedRecipients;
    const figure = (label: string, value: number | string) => `  ${label.padEnd(34)} ${String(value).padStart(7)}`;
    out.push(colors.bold(t(language, "cli.summary.title")));
    out.push(figure(t(language, "cli.summary.inputs"), this.inputs));
    out.push(figure(t(language, "cli.summary.bounces"), this.bounces));
    out.push(figure(t(language, "cli.summary.recipients"), total));
    const others = this.kinds.top().filter((k) => k.key !== "failed");
    if (others.length > 0) {
      const list = others.map((k) => `${t(language, `cli.kind.${k.key}`)} ${k.count}`).join(", ");
      out.push(`  ${t(language, "cli.summary.otherKinds").padEnd(34)} ${list}`);
    }
    if (this.suspicious > 0) out.push(colors.yellow(figure(t(language, "cli.summary.suspicious"), this.suspicious)));
    if (this.unreadable > 0) out.push(colors.red(figure(t(language, "cli.summary.unreadable"), this.unreadable)));

    const section = (titleKey: string, rows: { label: string; count: number }[], rest = 0) => {
      out.push("", colors.bold(t(language, titleKey)));
      if (rows.length === 0) out.push(`  ${colors.dim(t(language, "cli.summary.none"))}`);
      for (const row of rows) {
        const share = total > 0 ? (100 * row.count) / total : 0;
        const bar = "█".repeat(Math.max(row.count > 0 ? 1 : 0, Math.round(share / 5)));
        out.push(
          `  ${String(row.count).padStart(7)} ${share.toFixed(1).padStart(5)} %  ${colors.cyan(bar.padEnd(20))} ${inert(row.label)}`,
        );
      }
      if (rest > 0) out.push(`  ${colors.dim(`… +${rest}`)}`);
    };
    section(
      "cli.summary.byCause",
      this.causes
        .top(TOP_CAUSES)
        .map((c) => ({ label: c.title && c.title !== c.key ? `${c.key}  ${c.title}` : c.key, count: c.count })),
      Math.max(0, this.causes.size - TOP_CAUSES),
    );
    section(
      "cli.summary.byReason",
      this.reasons.top().map((r) => ({ label: r.key, count: r.count })),
    );
    section(
      "cli.summary.byOwner",
      this.owners.top().map((o) => ({ label: `${o.key}  (${t(language, `cli.owner.${o.key}`)})`, count: o.count })),
    );
    section(
      "cli.summary.topServers",
      this.servers.top(TOP_SERVERS).map((s) => ({
        label: s.key === NO_SERVER ? t(language, "cli.summary.unknownServer") : s.key,
        count: s.count,
      })),
      Math.max(0, this.servers.size - TOP_SERVERS),
    );
    section(
      "cli.summary.topDomains",
      this.domains
        .top(TOP_SERVERS)
        .filter((d) => d.key !== NO_SERVER)
        .map((d) => ({ label: d.key, count: d.count })),
      Math.max(0, this.domains.size - TOP_SERVERS),
    );
    return out.join("\n") + "\n";
  }
}
