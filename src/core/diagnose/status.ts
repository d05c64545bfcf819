/** Enhanced status codes: finding them in text and testing them against a rule's patterns. */

/** Group 1 is the character before the code (matched, not looked behind at: the pages' ES2020 floor has no lookbehind). */
const codeInText = /(^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d)/g;

/** Every enhanced status code in `text`, in order (IP addresses and versions excluded). */
export function codesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(codeInText)) {
    if (m[1] === "v" || m[1] === "V") continue;
    if (text[m.index + m[0].length] === ".") continue; // part of an IPv4 address or a longer dotted number
    if (Number(m[3]) > 9) continue; // subject is 0..7 (allow a little slack)
    found.push(`${m[2]}.${Number(m[3])}.${Number(m[4])}`);
  }
  return found;
}

/** True for "x.0.0"-style codes that say nothing beyond the class. */
export function isGeneric(status: string): boolean {
  const klass = status.charCodeAt(0);
  return status.length === 5 && klass >= 48 && klass <= 57 && status.endsWith(".0.0");
}

/** A compiled status pattern: "5.7.133", "5.7.606-649", "5.7.*", "*.4.7". */
export function statusTester(patterns: readonly string[]): (status: string) => boolean {
  const tests = patterns.map((pattern) => {
    const [klass, subject, detail] = pattern.split(".");
    const range = /^(\d+)-(\d+)$/.exec(detail ?? "");
    return (status: string): boolean => {
      const [k, s, d] = status.split(".");
      if (klass !== "*" && klass !== k) return false;
      if (subject === undefined) return true; // "4.*" = the whole class
      if (subject !== "*" && subject !== s) return false;
      if (detail === undefined || detail === "*") return true;
      if (range) return Number(d) >= Number(range[1]) && Number(d) <= Number(range[2]);
      return detail === d;
    };
  });
  // a report's recipients share a handful of codes: remember each answer
  const answers = new Map<string, boolean>();
  return (status) => {
    let answer = answers.get(status);
    if (answer === undefined) {
      answer = tests.some((test) => test(status));
      if (answers.size < 64) answers.set(status, answer);
    }
    return answer;
  };
}

/** A compiled reply-code pattern: "550", "5*". */
export function replyTester(patterns: readonly string[]): (reply: string) => boolean {
  return (reply) => patterns.some((p) => (p.endsWith("*") ? reply.startsWith(p.slice(0, -1)) : reply === p));
}
