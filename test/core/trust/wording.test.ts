// Every trust reason code has the user's words in both languages.
import { describe, expect, it } from "vitest";
import { hasKey, t } from "../../../src/core/i18n/index.js";
import { TRUST_REASON_CODES, trustReasonText } from "../../../src/core/trust/index.js";

describe("trust reason wording", () => {
  it.each(TRUST_REASON_CODES)("%s has English log text and en/nb user wording", (code) => {
    expect(trustReasonText(code)).not.toBe(code);
    const key = `trust.reason.${code}`;
    expect(hasKey(key)).toBe(true);
    expect(t("en", key)).not.toBe(t("nb", key));
  });
});
