import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/types.js";
import { useT } from "../i18n.js";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  switch: { display: "flex", gap: tokens.spacingHorizontalXS },
});

// Each language is named in itself, so a user who can't read the current one still finds theirs.
const languages: { value: Language; name: string }[] = [
  { value: "nb", name: "Norsk" },
  { value: "en", name: "English" },
];

/** The pane's title and the language switch (remembered through the host's settings). */
export function Header({ language, onLanguage }: { language: Language; onLanguage(language: Language): void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t("ui.appName")}</h1>
      <div role="group" aria-label={t("ui.language.label")} className={styles.switch}>
        {languages.map((l) => (
          <ToggleButton
            key={l.value}
            size="small"
            checked={language === l.value}
            appearance={language === l.value ? "primary" : "secondary"}
            lang={l.value}
            onClick={() => onLanguage(l.value)}
            data-testid={`lang-${l.value}`}
          >
            {l.name}
          </ToggleButton>
        ))}
      </div>
    </header>
  );
}
