/**
 * Commands, DNS values and NDR lines in a 290–360 px pane: a host name such as
 * "fabrikam-com.mail.protection.outlook.com" holds no place where a line may break, so the browser
 * used to cut it anywhere ("…ou tlook.com"). An invisible break opportunity (<wbr>) after each dot,
 * @, slash, equals sign and the like lets the line break there instead; only a run longer than the
 * whole line is still cut. Copying copies the text alone: <wbr> adds no character.
 */
import { Fragment, type ReactNode } from "react";

const afterThese = /([.@/\\=;,:{(|])(?=[^\s])/;

export function breakable(text: string): ReactNode {
  const pieces = text.split(afterThese);
  if (pieces.length === 1) return text;
  // split() with a capture group gives text, mark, text, mark, …: rejoin each mark to the text before it
  const out: ReactNode[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]! + (pieces[i + 1] ?? "");
    out.push(
      <Fragment key={i}>
        {piece}
        {i + 1 < pieces.length && <wbr />}
      </Fragment>,
    );
  }
  return out;
}
