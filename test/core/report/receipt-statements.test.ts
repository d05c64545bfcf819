/**
 * Receipts' and relay notices' words in other languages (report/prose.ts statesDelivery, backed by
 * read/localized-reasons.ts): a line that says the message was delivered heads a receipt's list; the
 * same words turned round, or beside a failure, do not.
 */
import { describe, expect, it } from "vitest";
import { statesAnyFailure, statesDelivery } from "../../../src/core/report/prose.js";

describe("delivery statements in other languages", () => {
  it.each([
    "Ihre Nachricht wurde an die folgenden Empfänger zugestellt:",
    "Die Zustellung an diese Empfänger oder Gruppen ist abgeschlossen, aber vom Zielserver wurde keine Zustellungsbenachrichtigung gesendet:",
    "Votre message a été remis aux destinataires suivants :",
    "La remise à ces destinataires ou groupes est terminée, mais aucune notification de remise n'a été envoyée par le serveur de destination :",
    "El mensaje se entregó a los siguientes destinatarios:",
    "Il messaggio è stato recapitato ai destinatari seguenti:",
    "Uw bericht is bezorgd bij de volgende geadresseerden:",
    "Meldingen ble levert til følgende mottakere:",
    "Ditt meddelande har levererats till följande mottagare:",
    "Din meddelelse er blevet leveret til følgende modtagere:",
    "メッセージは次の受信者に配信されました:",
    "La entrega a estos destinatarios o grupos se ha completado, pero el servidor de destino no ha enviado ninguna notificación de entrega:",
    "Il recapito a questi destinatari o gruppi è stato completato, ma il server di destinazione non ha inviato alcuna notifica di recapito:",
    "Leveringen til disse mottakerne eller gruppene er fullført, men målserveren sendte ikke noe leveringsvarsel:",
    "これらの受信者またはグループへの配信は完了しましたが、配信先サーバーから配信通知が送信されませんでした:",
    "Ihre Nachricht wurde an folgende Empfänger übermittelt:",
    "Twoja wiadomość została dostarczona do następujących adresatów:",
    "Ваше сообщение доставлено следующим получателям:",
    "您的邮件已成功投递到以下收件人：",
    "Die Übermittlung an folgende Empfänger wurde erfolgreich durchgeführt:",
    "La remise aux destinataires suivants a réussi :",
    "La entrega a los siguientes destinatarios se realizó correctamente:",
    "Viestisi on toimitettu seuraaville vastaanottajille:",
    "Az üzenet kézbesítése a következő címzetteknek sikeresen megtörtént:",
    "Mesajul dvs. a fost livrat la următorii destinatari:",
    "Teie sõnum on kohale toimetatud järgmistele adressaatidele:",
    "Jūsu vēstule tika piegādāta šiem adresātiem:",
    "Jūsų pranešimas buvo pristatytas šiems gavėjams:",
    "Vaša správa bola doručená týmto príjemcom:",
    "Vaše sporočilo je bilo dostavljeno naslednjim prejemnikom:",
    "Vaša poruka je isporučena sljedećim primateljima:",
    "Ваша порука је испоручена следећим примаоцима:",
    "Вашето съобщение беше доставено до следните получатели:",
    "Το μήνυμά σας παραδόθηκε στους παρακάτω παραλήπτες:",
    "ההודעה שלך נמסרה לנמענים הבאים:",
    "تم تسليم رسالتك إلى المستلمين التاليين:",
    "پیام شما به گیرندگان زیر تحویل داده شد:",
    "Thư của bạn đã được gửi đến những người nhận sau:",
    "ข้อความของคุณส่งถึงผู้รับต่อไปนี้แล้ว:",
    "Pesan Anda telah dikirim ke penerima berikut:",
    "El vostre missatge s'ha lliurat als destinataris següents:",
  ])("reads %s as a delivery", (line) => {
    expect(statesDelivery(line)).toBe(true);
    expect(statesAnyFailure(line)).toBe(false);
  });

  it.each([
    "Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:",
    "Ihre Nachricht wurde nicht zugestellt:",
    "Votre message n'a pas pu être remis aux destinataires suivants :",
    "El mensaje no se entregó a los siguientes destinatarios:",
    "Il messaggio non è stato recapitato ai destinatari seguenti:",
    "Uw bericht kon niet worden bezorgd bij de volgende geadresseerden:",
    "Meldingen ble ikke levert til følgende mottakere:",
    "Meddelandet kunde inte levereras till följande mottagare:",
    "メッセージは次の受信者に配信されませんでした:",
    "Votre message n'a pas été remis aux destinataires suivants :",
    "Ihre Nachricht ist nicht an alle Empfänger zugestellt worden:",
    "Die Nachricht wurde nicht an folgende Empfänger übermittelt:",
    "Wiadomość nie została dostarczona do następujących adresatów:",
    "Ваше сообщение не было доставлено следующим получателям:",
    "您的邮件未能成功投递到以下收件人：",
    "Your message could not be delivered to the following recipients:",
    "Votre message a été remis au serveur mx.example.net, qui l'a refusé :",
    "Ihre Nachricht wurde an den Server mx.example.net übermittelt, dort aber abgelehnt:",
    "Your message was relayed to mx.example.net, which refused it:",
    "Die Zustellung an folgende Empfänger war nicht erfolgreich:",
    "La remise aux destinataires suivants n'a pas réussi :",
    "La entrega a los siguientes destinatarios no se realizó correctamente:",
    "Il recapito ai seguenti destinatari non è stato completato con successo:",
    "Your message has been delivered to the next server, which declined it:",
    "Viestiäsi ei voitu toimittaa seuraaville vastaanottajille:",
    "Az üzenet nem lett kézbesítve a következő címzetteknek:",
    "Mesajul dvs. nu a fost livrat la următorii destinatari:",
    "Jūsu vēstule netika piegādāta šiem adresātiem:",
    "Jūsų pranešimas nebuvo pristatytas šiems gavėjams:",
    "Vaša správa nebola doručená týmto príjemcom:",
    "Vaša poruka nije isporučena sljedećim primateljima:",
    "Вашето съобщение не беше доставено до следните получатели:",
    "Το μήνυμά σας δεν παραδόθηκε στους παρακάτω παραλήπτες:",
    "ההודעה שלך לא נמסרה לנמענים הבאים:",
    "لم يتم تسليم رسالتك إلى المستلمين التاليين:",
    "پیام شما به گیرندگان زیر تحویل داده نشد:",
    "ข้อความของคุณยังไม่ได้ส่งถึงผู้รับต่อไปนี้แล้ว:",
    "Pesan Anda tidak terkirim ke penerima berikut:",
    "El vostre missatge no s'ha lliurat als destinataris següents:",
  ])("does not read %s as a delivery", (line) => {
    expect(statesDelivery(line)).toBe(false);
  });

  it("ends a receipt's list at a failure heading in another language", () => {
    expect(statesAnyFailure("Übermittlung an folgende Empfänger oder Gruppen fehlgeschlagen:")).toBe(true);
    expect(statesAnyFailure("Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:")).toBe(true);
  });
});
