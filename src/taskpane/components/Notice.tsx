import { ErrorCircle16Regular, Info16Regular, Warning16Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { classes } from "../styles.js";

export interface NoticeProps {
  intent: "info" | "warning" | "error";
  /** shown bold first; with `titleAs` a real heading */
  title?: string;
  titleAs?: "h2" | "p";
  /** "alert" for a warning that must interrupt (fake NDR); otherwise a plain note */
  role?: "alert" | "note" | "status";
  children?: ReactNode;
  "data-testid"?: string;
}

/** A message bar in Fluent's colours and tokens, without the animation machinery the pane doesn't need. */
export function Notice({ intent, title, titleAs = "p", role = "note", children, ...rest }: NoticeProps) {
  const Icon = intent === "error" ? ErrorCircle16Regular : intent === "warning" ? Warning16Regular : Info16Regular;
  const Title = titleAs;
  return (
    <div className={classes("ndr-notice", `ndr-notice--${intent}`)} role={role} data-testid={rest["data-testid"]}>
      <span className={classes("ndr-notice__icon", `ndr-notice__icon--${intent}`)} aria-hidden="true">
        <Icon />
      </span>
      <div className="ndr-notice__body">
        {title && <Title className="ndr-notice__title">{title}</Title>}
        {children}
      </div>
    </div>
  );
}
