/**
 * ANSI colour for the text output and summary: on for a terminal, off when piped, when NO_COLOR
 * is set (https://no-color.org) or with --no-color; FORCE_COLOR turns it on anyway.
 */
export interface Colors {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

function wrap(enabled: boolean, open: number, close: number): (text: string) => string {
  return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

export function makeColors(enabled: boolean): Colors {
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    red: wrap(enabled, 31, 39),
    yellow: wrap(enabled, 33, 39),
    green: wrap(enabled, 32, 39),
    cyan: wrap(enabled, 36, 39),
  };
}

export function wantColor(isTTY: boolean, env: Record<string, string | undefined>, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

/**
 * Control characters from an NDR could move the cursor or recolour the terminal: show them inert,
 * on one line (tabs and line breaks become spaces, other controls U+FFFD).
 */
export function inert(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === "\t" || c === "\n" || c === "\r" ? " " : "\ufffd",
  );
}
