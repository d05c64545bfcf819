/**
 * Recipient positions in notices written in other languages (read/localized-reasons.ts, used by
 * formats/mta-text.ts): a recipient label counts when a reason label follows it, never alone (the
 * same words summarise the original's recipients) and never a sender's label.
 */
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";

function bounce(body: string): string {
  return [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    "To: kari@example.com",
    "Subject: =?UTF-8?B?6YKu5Lu26YCA5L+h?=",
    "Date: Tue, 1 Apr 2025 09:05:07 +0200",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "很抱歉，您发送的邮件未能投递到以下收件人：",
    "",
    body,
    "",
  ].join("\n");
}

async function reported(body: string): Promise<string[]> {
  const explanation = await explainBounce({ kind: "text", text: bounce(body) }, { language: "en" });
  return explanation.recipients.map((r) => `${r.facts.address} ${r.diagnosis.causeId}`);
}

describe("recipient labels in other languages", () => {
  it("reads the recipient and the reason from a label pair, with a full-width colon", async () => {
    expect(await reported("收件人地址：zhang@example.net\n失败原因：收件人邮箱已满")).toEqual([
      "zhang@example.net MAILBOX_FULL",
    ]);
  });

  it("reads a table row's cells as the HTML reader writes them", async () => {
    expect(
      await reported(" 받는 사람  minsu@example.com\n\n 실패 사유  받는 사람의 메일 주소가 존재하지 않습니다."),
    ).toEqual(["minsu@example.com RECIPIENT_UNKNOWN"]);
  });

  it("does not take a recipient label without a reason line (a summary of the original)", async () => {
    expect(
      await reported("原邮件信息\n\n发件人：kari@example.com\n收件人：li@example.net\n抄送：wang@example.net"),
    ).toEqual([]);
  });

  it("takes a recipient label under the line that states the failure, which is its reason", async () => {
    // the wrapper's own first line: "Sorry, the mail you sent could not be delivered to the following recipients:"
    expect(await reported("收件人：li@example.net\n主题：Quarterly figures")).toEqual(["li@example.net UNKNOWN"]);
    const japanese =
      "下記の宛先へのメール配信は、受信者のメールボックスが一杯のため失敗しました。\n\n宛先: taro@example.net";
    expect(await reported(japanese)).toEqual(["taro@example.net MAILBOX_FULL"]);
  });

  it("never takes the sender's or a copy's label", async () => {
    const body = "发件人：kari@example.com\n原因：收件人邮箱已满\n\n抄送：zhao@example.net\n原因：收件人邮箱已满";
    const found = await reported(body);
    expect(found.some((r) => r.startsWith("kari@") || r.startsWith("zhao@"))).toBe(false);
  });

  it("reads a summary of what was sent as the original: its one addressee, never with a copy to others", async () => {
    const summary =
      "原因：收件人不存在\n\n原邮件信息：\n发件人：kari@example.com\n收件人：li@example.net\n主　题：Quarterly figures";
    expect(await reported(summary)).toEqual(["li@example.net RECIPIENT_UNKNOWN"]);
    expect(await reported(`${summary}\n抄送：wang@example.net`)).toEqual([]);
  });

  it("reads 'your message to a@b' in other languages, never an instruction to forward it", async () => {
    expect(
      await reported("Ihre Nachricht an dieter@example.net konnte nicht zugestellt werden: Postfach voll."),
    ).toEqual(["dieter@example.net MAILBOX_FULL"]);
    expect(await reported("您发送给 li@example.net 的邮件发送失败。原因：收件人不存在。")).toEqual([
      "li@example.net RECIPIENT_UNKNOWN",
    ]);
    const help =
      "Pour toute question, transférez votre message à assistance@example.org\nBitte senden Sie Ihre Nachricht an support@example.org";
    expect(await reported(help)).toEqual([]);
  });

  it("reads 'your message from <sender> to a@b' as naming a@b, never the sender", async () => {
    const sentence =
      "Uw bericht van kari@example.com aan pieter@example.net kon niet worden afgeleverd: onbekende gebruiker.";
    expect(await reported(sentence)).toEqual(["pieter@example.net RECIPIENT_UNKNOWN"]);
  });

  it("reads a label that says delivery failed, never a contact after it", async () => {
    expect(
      await reported("次のアドレスへの配信に失敗しました: taro@example.net\n理由: メールボックスがいっぱいです"),
    ).toEqual(["taro@example.net MAILBOX_FULL"]);
    expect(await reported("Zustellung fehlgeschlagen. Bitte wenden Sie sich an: postmaster@example.net")).toEqual([]);
    expect(await reported("发送失败，请联系：support@example.net")).toEqual([]);
  });

  it("takes 'your message to a@b' for a receipt, not a failure, when its line says it was delivered", async () => {
    expect(await reported("Ihre Nachricht an dieter@example.net wurde zugestellt.")).toEqual([
      "dieter@example.net DELIVERED",
    ]);
    expect(await reported("Votre message à claire@example.net a été remis.")).toEqual(["claire@example.net DELIVERED"]);
    expect(await reported("Meldingen ble levert til: ola@example.net")).toEqual(["ola@example.net DELIVERED"]);
    expect(await reported("Ihre Nachricht an dieter@example.net wurde nicht zugestellt.")).toEqual([
      "dieter@example.net UNKNOWN",
    ]);
  });

  it("reads a recipient label with its reason on the same line, in any language", async () => {
    expect(await reported("Recipient: dieter@example.net (mailbox full)")).toEqual(["dieter@example.net MAILBOX_FULL"]);
    expect(await reported("宛先: taro@example.net （宛先不明）")).toEqual(["taro@example.net RECIPIENT_UNKNOWN"]);
    expect(await reported("收件人：li@example.net; zhao@example.net")).toEqual([]);
  });
});
