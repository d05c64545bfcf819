/**
 * The pane's state machine: read the current item from the host, pick a candidate, explain it.
 * Every read or explain gets a request number; a result that arrives after a newer request
 * started is dropped, so a pinned pane never shows the previous item's verdict for a new item.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { explainBounce } from "../core/index.js";
import type { BounceInput, Explanation, Language, SituationContext } from "../core/types.js";
import type { Candidate, HostNotice, HostReadResult, ItemSummary, PaneHost } from "../host/types.js";

/** Performance marks for the benchmark and for support (visible in the browser's performance panel). */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // no Performance API: nothing to record
  }
}

/** Which Outlook message the state comes from (named at the top); none for pasted or dropped bounces. */
type FromItem = { item?: ItemSummary };

export type PaneState =
  | { phase: "loading" }
  | ({ phase: "empty"; notices: HostNotice[] } & FromItem)
  | ({ phase: "pick"; candidates: Candidate[]; notices: HostNotice[] } & FromItem)
  | ({ phase: "explaining"; candidate: Candidate; candidates: Candidate[]; notices: HostNotice[] } & FromItem)
  | ({
      phase: "explained";
      candidate: Candidate;
      candidates: Candidate[];
      notices: HostNotice[];
      explanation: Explanation;
      /** who read it (as the host said when it was explained): decides the tab the pane opens on */
      reader: SituationContext;
    } & FromItem)
  | ({ phase: "failed"; notices: HostNotice[]; detail: string } & FromItem);

export interface PaneModel {
  state: PaneState;
  /** re-read the host's current item */
  reload(): void;
  /** explain a candidate (picked from the list, pasted or dropped) */
  explain(candidate: Candidate, candidates?: Candidate[]): void;
  /** bounces the user brought (dropped files): one is explained, several are listed to pick from */
  offer(candidates: Candidate[]): void;
  /** back from an explanation to the candidate list */
  backToList(): void;
}

/** The host's current item; a failing host gives no candidates and a notice that says why. */
export function readCurrentItem(host: PaneHost): Promise<HostReadResult> {
  return Promise.resolve()
    .then(() => host.readCurrent())
    .catch((error: unknown): HostReadResult => ({
      candidates: [],
      notices: [{ code: "api-failed", api: "readCurrent", detail: String(error) }],
    }))
    .finally(() => mark("pane:read"));
}

/** Who reads, as the host says; a host that fails to say gives "unknown", never an error. */
export function readerContextOf(host: PaneHost): Promise<SituationContext> {
  return Promise.resolve()
    .then(() => host.readerContext())
    .catch((): SituationContext => ({}));
}

/** The core's explanation, told who reads it (the situation step uses the reader and their domains). */
async function explainFor(input: BounceInput, language: Language, reader: Promise<SituationContext>) {
  const context = await reader;
  mark("pane:explain-start");
  const explanation = await explainBounce(input, { language, context });
  mark("pane:explained");
  return { explanation, reader: context };
}

/**
 * The first screen, worked out before React renders anything (see index.tsx): from the item read
 * and, when it holds one bounce, its explanation — so the first render is the verdict, not a
 * spinner. The read may run while the language is still being settled.
 */
export async function prepareFirstState(
  read: Promise<HostReadResult>,
  language: Language,
  reader: Promise<SituationContext>,
): Promise<PaneState> {
  const { candidates, notices, item } = await read;
  if (candidates.length === 0) return { phase: "empty", notices, item };
  if (candidates.length > 1) return { phase: "pick", candidates, notices, item };
  const candidate = candidates[0]!;
  try {
    const explained = await explainFor(candidate.input, language, reader);
    return { phase: "explained", candidate, candidates, notices, ...explained, item };
  } catch (error) {
    return { phase: "failed", notices, item, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Boot's own ItemChanged subscription (index.tsx), held until the pane has subscribed: Outlook's
 * handler then stays registered throughout, and a selection change in between is not lost.
 */
export interface ItemWatch {
  /** the selection changed since the watch began */
  readonly changed: boolean;
  stop(): void;
}

export function watchItem(host: PaneHost): ItemWatch {
  let changed = false;
  let stop = () => {};
  try {
    stop = host.onItemChanged(() => {
      changed = true;
    });
  } catch {
    // no events from this host: nothing to miss either
  }
  return {
    get changed() {
      return changed;
    },
    stop: () => stop(),
  };
}

/**
 * `initial`: a first state prepared before rendering (prepareFirstState); then the pane starts
 * there instead of reading, and `bootWatch` (boot's subscription) says whether the item changed
 * meanwhile. Later loads (ItemChanged) always read afresh.
 */
export function usePane(host: PaneHost, language: Language, initial?: PaneState, bootWatch?: ItemWatch): PaneModel {
  const [state, setState] = useState<PaneState>(initial ?? { phase: "loading" });
  const request = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;
  const languageRef = useRef(language);
  languageRef.current = language;

  const runExplain = useCallback(
    (candidate: Candidate, candidates: Candidate[], notices: HostNotice[], item: ItemSummary | undefined) => {
      const mine = ++request.current;
      setState({ phase: "explaining", candidate, candidates, notices, item });
      explainFor(candidate.input, languageRef.current, readerContextOf(host))
        .then((explained) => {
          if (mine !== request.current) return;
          setState({ phase: "explained", candidate, candidates, notices, ...explained, item });
        })
        .catch((error: unknown) => {
          if (mine !== request.current) return;
          setState({ phase: "failed", notices, item, detail: error instanceof Error ? error.message : String(error) });
        });
    },
    [host],
  );

  const reload = useCallback(() => {
    const mine = ++request.current;
    setState({ phase: "loading" }); // clear at once: nothing of the previous item stays on screen
    host
      .readCurrent()
      .then(({ candidates, notices, item }) => {
        mark("pane:read");
        if (mine !== request.current) return;
        if (candidates.length === 0) setState({ phase: "empty", notices, item });
        else if (candidates.length === 1) runExplain(candidates[0]!, candidates, notices, item);
        else setState({ phase: "pick", candidates, notices, item });
      })
      .catch((error: unknown) => {
        if (mine !== request.current) return;
        setState({ phase: "empty", notices: [{ code: "api-failed", api: "readCurrent", detail: String(error) }] });
      });
  }, [host, runExplain]);

  const startedWithState = useRef(initial !== undefined);
  const pendingBootWatch = useRef(bootWatch);
  useEffect(() => {
    const stop = host.onItemChanged(reload);
    const watch = pendingBootWatch.current;
    pendingBootWatch.current = undefined;
    // No prepared state, or the selection moved between boot's read and now: read.
    if (!startedWithState.current || watch?.changed) reload();
    startedWithState.current = false;
    watch?.stop(); // only now that ours is in place, so Outlook's handler is never removed in between
    return stop;
  }, [host, reload]);

  // A language switch re-explains what is on screen, in the new language.
  useEffect(() => {
    const current = stateRef.current;
    const stale =
      (current.phase === "explained" && current.explanation.language !== language) || current.phase === "explaining";
    if (stale) {
      runExplain(current.candidate, current.candidates, current.notices, current.item);
    }
  }, [language, runExplain]);

  const explain = useCallback(
    (candidate: Candidate, candidates?: Candidate[]) => {
      const current = stateRef.current;
      const pasted = candidate.way === "paste";
      const notices = "notices" in current && !pasted ? current.notices : [];
      const item = "item" in current && !pasted ? current.item : undefined;
      runExplain(candidate, candidates ?? [candidate], notices, item);
    },
    [runExplain],
  );

  const offer = useCallback(
    (candidates: Candidate[]) => {
      if (candidates.length === 1) explain(candidates[0]!);
      else if (candidates.length > 1) {
        ++request.current;
        setState({ phase: "pick", candidates, notices: [] });
      }
    },
    [explain],
  );

  const backToList = useCallback(() => {
    const current = stateRef.current;
    if ((current.phase === "explained" || current.phase === "explaining") && current.candidates.length > 1) {
      ++request.current;
      setState({ phase: "pick", candidates: current.candidates, notices: current.notices, item: current.item });
    }
  }, []);

  return { state, reload, explain, offer, backToList };
}
