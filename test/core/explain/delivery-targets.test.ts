// A local delivery to a program ("|/usr/bin/procmail") or a mailbox file ("/var/mail/jdoe") that failed
// (Sendmail's prog and local mailers, Postfix's local(8)): the fault is on the recipient's server and
// its admin fixes it. The guidance never treats the program or file as a person or an address.
import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/core/diagnose/index.js";
import { explainRecipient } from "../../../src/core/explain/index.js";
import { factsFor, reportFor } from "../diagnose/helpers.js";

function explained(reply: string, opts: Parameters<typeof factsFor>[1], lang: "en" | "nb") {
  const facts = factsFor(reply, opts);
  const report = reportFor(facts);
  const diagnosis = diagnose(report, facts);
  const { guidance } = explainRecipient(report, facts, diagnosis, lang);
  return { diagnosis, guidance };
}

const program = { address: "", displayName: "|/usr/bin/procmail -d tickets" };
const file = { address: "", displayName: "/var/mail/jdoe" };

describe("a failed delivery to a program or a mailbox file", () => {
  it("is the recipient's server's fault, for its admin to fix, in both languages", () => {
    const reply = "554 5.3.0 unknown mailer error 73";
    for (const [lang, words] of [
      ["en", /program or mailbox file that takes their mail failed\. Only their email admin can fix it/],
      [
        "nb",
        /programmet eller postboksfilen som tar imot e-posten .* feilet\. Bare e-postadministratoren deres kan rette det/,
      ],
    ] as const) {
      const { diagnosis, guidance } = explained(reply, { address: "turid@example.org" }, lang);
      expect(diagnosis.causeId).toBe("LOCAL_DELIVERY_PROGRAM_FAILED");
      expect(diagnosis.fixOwner).toBe("recipient-admin");
      expect(guidance.sender[0]!.text).toMatch(words);
      expect(guidance.sender[0]!.text).not.toMatch(/let your messages through|slippe gjennom/);
    }
  });

  it("never names the program or the file as someone to ask, or as an address in a command", () => {
    for (const opts of [program, file]) {
      for (const lang of ["en", "nb"] as const) {
        const { guidance } = explained("550 5.0.0 Cannot open /var/mail/jdoe: Permission denied", opts, lang);
        const steps = [...guidance.sender, ...guidance.owner, ...guidance.admin];
        for (const step of steps) {
          expect(step.text).not.toContain(opts.displayName);
          expect(step.action?.value ?? "").not.toContain(opts.displayName);
        }
      }
    }
  });

  it("a mailbox file that cannot be written is such a delivery, not an unknown failure", () => {
    for (const reply of [
      "550 5.0.0 /var/spool/mail/jdoe... Cannot open /var/spool/mail/jdoe: Permission denied",
      "cannot update mailbox /var/mail/jdoe for user jdoe. error writing message: Permission denied",
    ]) {
      const { diagnosis, guidance } = explained(reply, { address: "jdoe@shell.example.org" }, "en");
      expect(diagnosis.causeId, reply).toBe("LOCAL_DELIVERY_PROGRAM_FAILED");
      expect(guidance.admin.at(-1)!.text).toMatch(/the mailbox file \(its owner, permissions, disk space and quota\)/);
    }
  });
});
