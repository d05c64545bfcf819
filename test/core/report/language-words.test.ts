/**
 * The language of a bounce's own words (core/report/language-words.ts), from sentences written for
 * this test in the manner of providers' localized notices, and through the engine on fixtures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { languageOfWords } from "../../../src/core/report/language-words.js";
import { ENGINE_FIXTURES } from "../../support/engine-fixtures.js";

describe("languageOfWords", () => {
  it.each([
    ["de", "die nachricht konnte nicht zugestellt werden, der empfänger ist unbekannt."],
    ["fr", "votre message n'a pas été remis: le destinataire est inconnu."],
    ["es", "no se pudo entregar su mensaje: el destinatario no existe."],
    ["pt", "a sua mensagem não foi entregue para o destinatário."],
    ["it", "il messaggio non è stato consegnato al destinatario."],
    ["nl", "uw bericht kon niet worden afgeleverd aan de ontvanger."],
    ["pl", "wiadomość nie została dostarczona do adresata."],
    ["cs", "zpráva nebyla doručena: příjemce není znám a adresu nelze najít."],
    ["tr", "mesajınız alıcı adresine teslim edilemedi, bu adres için bir hata oluştu."],
    ["sv", "meddelandet kunde inte levereras till mottagaren."],
    ["da", "beskeden kunne ikke leveres til modtageren, den blev afvist af serveren."],
    ["nb", "meldingen kunne ikke leveres til mottakeren, den ble avvist av serveren."],
    ["en", "this is the mail system: your message could not be delivered to the following address."],
    ["ja", "宛先のメールアドレスが見つかりませんでした。"],
    ["ja", "お客様が送信されたメールは、受信者の受信設定によりお届けできませんでした。"],
    ["ko", "받는 사람의 메일 주소가 존재하지 않습니다."],
    ["zh", "邮件无法投递，收件人地址不存在。"],
    ["ru", "сообщение не доставлено: адресат не найден."],
    ["ru", "объект не найден: сообщение не доставлено, почтовый ящик переполнен."],
    ["uk", "ваш лист не може бути доставлений: користувача не існує, це постійна помилка."],
    // none of і ї є ґ: its own words, and no ы э ё ъ, make it Ukrainian
    ["uk", "ваш лист не може бути доставлено за такою адресою: скринька адресата переповнена."],
    // Russian without ы, э, ё or ъ and no Ukrainian words stays Russian
    ["ru", "письмо не доставлено: почтовый ящик адресата переполнен, ошибка."],
    ["ru", "ошибка доставки: адрес не найден, или ящик переполнен."],
    ["sr", "ваша порука није могла бити испоручена: прималац не постоји."],
    ["bg", "вашето съобщение не може да бъде доставено: пощенската кутия е пълна, моля опитайте по-късно."],
    ["el", "το μήνυμά σας δεν ήταν δυνατό να παραδοθεί."],
    ["he", "ההודעה שלך לא נמסרה."],
    ["ar", "تعذر تسليم رسالتك إلى المستلم."],
    ["fa", "پیام شما به گیرنده تحویل داده نشد."],
    // Urdu writes Persian's پ گ ک ی too; ے ں ہ ھ are its own
    ["ur", "آپ کا پیغام درج ذیل پتے پر نہیں پہنچایا جا سکا۔"],
    ["th", "ไม่สามารถส่งข้อความของคุณได้"],
    ["fi", "viestiäsi ei voitu toimittaa vastaanottajalle, osoitetta ei löytynyt ja viesti palautettiin."],
    ["is", "ekki tókst að koma bréfinu þínu til skila og viðtakandi er ekki til."],
    ["et", "teie sõnumi kohaletoimetamine nurjus ja adressaadi aadressi ei leitud."],
    ["lv", "jūsu vēstuli nevarēja nogādāt adresātam, šī ir kļūda."],
    ["lt", "jūsų pranešimas nepristatytas ir gavėjas neegzistuoja, pranešimą bus bandoma siųsti dar kartą."],
    ["hu", "az ön által küldött levelet nem sikerült kézbesíteni, a címzett nem létezik."],
    ["ro", "mesajul dumneavoastră nu a putut fi livrat către destinatar și a fost returnat."],
    ["sk", "vašu správu pre adresáta nebolo možné doručiť, schránka je plná."],
    ["sl", "vašega sporočila ni bilo mogoče dostaviti, prejemnik ne obstaja."],
    ["hr", "vaša poruka još nije isporučena, ovo je samo upozorenje poslužitelja."],
    ["sr", "vaša poruka nije mogla biti isporučena primaocu, sanduče je puno."],
    ["vi", "thư của bạn gửi tới người nhận không thể chuyển được."],
    ["id", "pesan anda tidak dapat dikirim ke penerima yang dituju."],
    ["ca", "el vostre missatge no s'ha pogut lliurar als destinataris següents."],
  ])("reads %s", (language, text) => {
    expect(languageOfWords(text)).toBe(language);
  });

  it("says nothing when too few words or letters point anywhere", () => {
    expect(languageOfWords("550 5.1.1 <a@example.com>")).toBeUndefined();
    expect(languageOfWords("user 東京 unknown")).toBeUndefined();
  });

  it("counts no words in lines without a space (base64, headers, links)", () => {
    const base64 = "il+di/al+la/il+di/al+la/non+il/di+al\nil/di+al/la+il/di+al/la==";
    expect(languageOfWords(base64)).toBeUndefined();
  });
});

describe("the report's language", () => {
  const languageOf = async (path: string) => {
    const data = new Uint8Array(readFileSync(join(ENGINE_FIXTURES, path)));
    return (await explainBounce({ kind: "bytes", data }, { language: "en" })).report.language;
  };

  it("tells Danish from Norwegian though their bounces share 'kunne ikke leveres'", async () => {
    expect(await languageOf("localized/i20-danish-beskeden-kunne-ikke-leveres.eml")).toBe("da");
    expect(await languageOf("localized/i18-telenor-norwegian.eml")).toBe("nb");
  });

  it("reads languages with their own script, in their own charsets", async () => {
    expect(await languageOf("localized/i11-mailru-russian-cp1251-full.eml")).toBe("ru");
    expect(await languageOf("localized/i13-japanese-shiftjis-atesaki-fumei.eml")).toBe("ja");
    expect(await languageOf("localized/i15-naver-korean-euckr-html.eml")).toBe("ko");
    expect(await languageOf("localized/i16-chinese-big5.eml")).toBe("zh");
  });
});
