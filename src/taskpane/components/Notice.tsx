import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Regular, Info16Regular, Warning16Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "16px 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  info: { backgroundColor: tokens.colorNeutralBackground3 },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  icon: { paddingTop: "2px", display: "flex" },
  infoIcon: { color: tokens.colorNeutralForeground3 },
  warningIcon: { color: tokens.colorStatusWarningForeground1 },
  errorIcon: { color: tokens.colorStatusDangerForeground1 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

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
  const styles = useStyles();
  const Icon = intent === "error" ? ErrorCircle16Regular : intent === "warning" ? Warning16Regular : Info16Regular;
  const Title = titleAs;
  return (
    <div className={mergeClasses(styles.root, styles[intent])} role={role} data-testid={rest["data-testid"]}>
      <span className={mergeClasses(styles.icon, styles[`${intent}Icon`])} aria-hidden="true">
        <Icon />
      </span>
      <div className={styles.body}>
        {title && <Title className={styles.title}>{title}</Title>}
        {children}
      </div>
    </div>
  );
}
