/**
 * What a host name says about itself: its registrable domain, whether it belongs to Microsoft,
 * whether it imitates a brand (punycode, digits for letters, a brand's name on someone else's
 * domain), whether it is a URL shortener or a bare IP address. Lists are data, kept short and
 * reviewed by hand; no public-suffix download at run time.
 */

/** Second-level labels under which registrations happen one level deeper (co.uk, ne.jp, ...). */
const SECOND_LEVEL_SUFFIXES = new Set([
  "co",
  "com",
  "net",
  "org",
  "gov",
  "edu",
  "ac",
  "ne",
  "or",
  "go",
  "ad",
  "ed",
  "gr",
  "lg",
  "mil",
  "nom",
  "ltd",
  "plc",
  "sch",
]);

/** Microsoft's own mail, portal and link domains (registrable parts). */
const MICROSOFT_DOMAINS = new Set([
  "microsoft.com",
  "microsoft365.com",
  "office.com",
  "office365.com",
  "office.net",
  "outlook.com",
  "live.com",
  "hotmail.com",
  "msn.com",
  "microsoftonline.com",
  "onmicrosoft.com",
  "sharepoint.com",
  "aka.ms",
  "windows.net",
  "azure.com",
  "msftauth.net",
  "cloud.microsoft",
  "microsoft.us",
  "live.net",
  "passport.net",
]);

/** Reference sites that real bounces link to (blocklists, providers' postmaster pages, standards). */
const BOUNCE_REFERENCE_DOMAINS = new Set([
  "spamhaus.org",
  "spamcop.net",
  "barracudacentral.org",
  "sorbs.net",
  "abuseat.org",
  "surbl.org",
  "uribl.com",
  "proofpoint.com",
  "mimecast.com",
  "google.com",
  "yahooinc.com",
  "yahoo.com",
  "yahoo.co.jp",
  "aol.com",
  "apple.com",
  "icloud.com",
  "mail.ru",
  "yandex.ru",
  "yandex.com",
  "gmx.net",
  "gmx.com",
  "web.de",
  "zoho.com",
  "ietf.org",
  "rfc-editor.org",
  "dmarc.org",
  "senderscore.org",
  "returnpath.net",
  "messagelabs.com",
  "symanteccloud.com",
  "trendmicro.com",
  "sophos.com",
  "cisco.com",
  "ironport.com",
  "amazonaws.com",
  "amazonses.com",
  "comcast.net",
  "att.net",
  "verizon.net",
  "t-online.de",
  "orange.fr",
  "free.fr",
  "naver.com",
  "qq.com",
  "163.com",
]);

/** Public URL shorteners: a bounce has no reason to hide where a link goes. */
const URL_SHORTENERS = new Set([
  "bit.ly",
  "bitly.com",
  "tinyurl.com",
  "t.co",
  "goo.gl",
  "ow.ly",
  "is.gd",
  "buff.ly",
  "rebrand.ly",
  "cutt.ly",
  "shorturl.at",
  "rb.gy",
  "t.ly",
  "tiny.cc",
  "s.id",
  "v.gd",
  "tr.im",
  "bl.ink",
  "short.io",
  "shorte.st",
  "adf.ly",
  "lnkd.in",
  "qrco.de",
  "urlz.fr",
  "bit.do",
  "soo.gd",
  "clck.ru",
  "u.to",
  "linktr.ee",
  "t2m.io",
  "tiny.one",
  // not x.co: GoDaddy's own shortener, which its real bounces use (x.co/srbounce, x.co/rlbounce)
]);

/** Brand names that lures imitate; checked after undoing digit-for-letter swaps. */
const IMITATED_BRANDS = [
  "microsoft",
  "office365",
  "outlook",
  "onmicrosoft",
  "sharepoint",
  "onedrive",
  "hotmail",
  "exchange",
  "msonline",
  "windowslive",
  "azure",
  "mailerdaemon",
  "postmaster",
  "webmail",
  "google",
  "gmail",
  "yahoo",
  "icloud",
  "apple",
  "paypal",
  "docusign",
  "adobe",
  "dropbox",
  "amazon",
  "netflix",
];

/** Any brand's name: most labels have none, and one pattern rules that out for all of them. */
const ANY_BRAND = new RegExp(IMITATED_BRANDS.join("|"));
const SHORTEST_BRAND = Math.min(...IMITATED_BRANDS.map((brand) => brand.length));

/**
 * Brands whose name in a host outside their own domains means imitation: Microsoft-ish names and
 * a few brands with one tight set of domains. Not Yahoo, Google or Apple: their real bounces
 * link to many regional domains (yahoo-help.jp), so for them only digit swaps count.
 */
const BRAND_HOMES: Record<string, string[]> = {
  microsoft: ["microsoft.com", "microsoft365.com", "microsoftonline.com", "microsoft.us", "cloud.microsoft"],
  office365: ["office365.com", "office.com"],
  onmicrosoft: ["onmicrosoft.com"],
  sharepoint: ["sharepoint.com", "microsoft.com"],
  onedrive: ["onedrive.com", "live.com", "microsoft.com"],
  outlook: ["outlook.com", "office.com", "office365.com", "live.com", "microsoft.com"],
  hotmail: ["hotmail.com", "live.com", "outlook.com"],
  msonline: ["microsoftonline.com"],
  windowslive: ["live.com"],
  gmail: ["gmail.com", "google.com", "googlemail.com"],
  paypal: ["paypal.com"],
  docusign: ["docusign.com", "docusign.net"],
};

export function registrableDomain(host: string): string {
  const lower = host.toLowerCase();
  const clean = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  if (isIpLiteral(clean)) return clean;
  if (!clean.startsWith(".") && !clean.endsWith(".") && !clean.includes("..")) return lastLabels(clean);
  const labels = clean.split(".").filter((label) => label !== "");
  if (labels.length <= 2) return labels.join(".");
  const secondLevel = labels[labels.length - 2];
  const keep = SECOND_LEVEL_SUFFIXES.has(secondLevel) && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-keep).join(".");
}

/** registrableDomain of a name without empty labels, read from its last dots without splitting it. */
function lastLabels(name: string): string {
  const last = name.lastIndexOf(".");
  const second = last < 0 ? -1 : name.lastIndexOf(".", last - 1);
  if (second < 0) return name;
  const keep3 = SECOND_LEVEL_SUFFIXES.has(name.slice(second + 1, last)) && name.length - last - 1 === 2;
  return keep3 ? name.slice(name.lastIndexOf(".", second - 1) + 1) : name.slice(second + 1);
}

/** The label a registrant chose: "contoso" for mail.contoso.co.uk. */
export function registrantLabel(host: string): string {
  return registrableDomain(host).split(".")[0] ?? "";
}

export function isMicrosoftHost(host: string): boolean {
  return MICROSOFT_DOMAINS.has(registrableDomain(host));
}

export function isBounceReferenceHost(host: string): boolean {
  return BOUNCE_REFERENCE_DOMAINS.has(registrableDomain(host));
}

export function isUrlShortener(host: string): boolean {
  return URL_SHORTENERS.has(host.toLowerCase()) || URL_SHORTENERS.has(registrableDomain(host));
}

/** Dotted IPv4, bracketed IPv6, or the decimal/hex single-number forms browsers still accept. */
export function isIpLiteral(host: string): boolean {
  // every form starts with a digit or "[": most hosts are ruled out without a pattern
  const first = host.charCodeAt(0);
  if (first !== 0x5b && !(first >= 0x30 && first <= 0x39)) return false;
  const clean = host.toLowerCase();
  return (
    /^\d{1,3}(?:\.\d{1,3}){3}$/.test(clean) ||
    clean.startsWith("[") ||
    /^(?:0x[0-9a-f]{1,8}|\d{8,10})$/.test(clean) ||
    /^(?:0x[0-9a-f]{1,2}|0[0-7]{1,3})(?:\.(?:0x[0-9a-f]{1,2}|0[0-7]{1,3}|\d{1,3})){3}$/.test(clean)
  );
}

export function hasPunycode(host: string): boolean {
  const lower = host.toLowerCase();
  return lower.startsWith("xn--") || lower.includes(".xn--");
}

/** Host text written with non-ASCII letters (an IDN shown undecoded, homoglyphs). */
export function hasNonAscii(host: string): boolean {
  return /[^\x20-\x7e]/.test(host);
}

const DIGIT_LOOKALIKES: Record<string, string> = {
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
  "|": "l",
};

/**
 * Undo the usual swaps: digits for letters, "rn" for "m", "vv" for "w", and drop separators. One
 * pass: no swap's result can make another's pattern (no digit stands for r, n or v), and pairs
 * are swapped before separators are dropped, so "r-n" stays "rn".
 */
export function unswap(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const next = lower[i + 1];
    if ((ch === "r" && next === "n") || (ch === "v" && next === "v")) {
      out += ch === "r" ? "m" : "w";
      i++;
    } else if (ch !== "-" && ch !== "_" && ch !== ".") out += DIGIT_LOOKALIKES[ch] ?? ch;
  }
  return out;
}

/**
 * Why a host imitates someone, or undefined when it does not:
 * - "digits-for-letters": a brand appears only after undoing swaps (micr0soft, 0ffice365, paypa1)
 * - "brand-elsewhere": a brand's name on a domain the brand does not own (microsoft-support.example)
 * `scope` "host" looks at every label (links); "registrant" only at the registrant's own label
 * (senders: mail.outlook.example.com is a real relay name inside example.com).
 */
export function imitation(
  host: string,
  scope: "host" | "registrant",
): "digits-for-letters" | "brand-elsewhere" | undefined {
  const registrable = registrableDomain(host);
  if (MICROSOFT_DOMAINS.has(registrable)) return undefined;
  // Label by label: joining labels would invent names across dots (csi.cloudmark → "icloud").
  const labels = scope === "host" ? host.toLowerCase().split(".") : [registrable.split(".")[0] ?? ""];
  for (const label of labels) {
    // neither spelling of a label is longer than the label, so a short one holds no brand
    if (label.length < SHORTEST_BRAND) continue;
    const plain = label.replace(/[-_]/g, "");
    const swapped = unswap(label);
    if (!ANY_BRAND.test(plain) && !ANY_BRAND.test(swapped)) continue;
    for (const brand of IMITATED_BRANDS) {
      // whether the brand owns the domain only matters where its name shows
      if (!swapped.includes(brand) && !plain.includes(brand)) continue;
      const homes = BRAND_HOMES[brand];
      const ownsIt = homes ? homes.includes(registrable) : registrable.startsWith(`${brand}.`);
      if (ownsIt) continue;
      if (!plain.includes(brand) && swapped.includes(brand)) return "digits-for-letters";
      if (homes && plain.includes(brand)) return "brand-elsewhere";
    }
  }
  return undefined;
}
