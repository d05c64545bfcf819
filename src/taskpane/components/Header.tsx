import { Link } from "@fluentui/react-components";
import type { Language } from "../../core/types.js";
import { useT } from "../i18n.js";

// Each language is named in itself, so a user who can't read the current one still finds theirs.
const languages: { value: Language; name: string }[] = [
  { value: "nb", name: "Norsk" },
  { value: "en", name: "English" },
];

/** The pane's title and the language switch (remembered through the host's settings). */
export function Header({ language, onLanguage }: { language: Language; onLanguage(language: Language): void }) {
  const t = useT();
  return (
    <header className="ndr-header">
      <h1 className="ndr-header__title">{t("ui.appName")}</h1>
      <div role="group" aria-label={t("ui.language.label")} className="ndr-header__switch">
        {languages.map((l) => (
          // Fluent's Link as a button: the lightest Fluent control that is a real button (Button's
          // styles alone are ~6 KB of the first load); aria-pressed says which language is on.
          <Link
            as="button"
            key={l.value}
            className={language === l.value ? "ndr-header__language ndr-header__language--on" : "ndr-header__language"}
            aria-pressed={language === l.value}
            lang={l.value}
            onClick={() => onLanguage(l.value)}
            data-testid={`lang-${l.value}`}
          >
            {l.name}
          </Link>
        ))}
      </div>
    </header>
  );
}
