/**
 * Structural facts about manifest.xml that the XSDs do not check (schema validity itself is
 * `npm run validate:offline`). Limits and required sizes follow Microsoft's manifest reference
 * (summarised in ../shared/knowledge/office-js-facts.md §3).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { child, findAll, parseXml, type XmlElement } from "./xml.js";

const projectFile = (relative: string) => new URL(`../../${relative}`, import.meta.url);
const manifestSource = readFileSync(projectFile("manifest.xml"), "utf8");
const manifest = parseXml(manifestSource);
const devUrl = "https://localhost:3000/";

function pngSize(file: URL): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii"), `${file.pathname} is a PNG`).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFor(url: string): URL {
  expect(url.startsWith(devUrl), `${url} uses the dev URL`).toBe(true);
  return projectFile(url.slice(devUrl.length));
}

const resources = findAll(manifest, "Resources")[0]!;
const images = new Map(
  findAll(resources, "bt:Image").map((image) => [image.attributes.id!, image.attributes.DefaultValue!]),
);
const strings = [
  ...findAll(child(resources, "bt:ShortStrings")!, "bt:String").map((s) => ({ element: s, limit: 125 })),
  ...findAll(child(resources, "bt:LongStrings")!, "bt:String").map((s) => ({ element: s, limit: 250 })),
];
const stringIds = new Set(strings.map((s) => s.element.attributes.id));

function nbOverrides(element: XmlElement, overrideName: string): XmlElement[] {
  return element.children.filter((c) => c.name === overrideName && c.attributes.Locale === "nb-NO");
}

describe("manifest.xml", () => {
  it("is a mail add-in for Mailbox 1.3 at both levels", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("MailApp");
    const topSet = findAll(child(manifest, "Requirements")!, "Set")[0]!;
    expect(topSet.attributes).toMatchObject({ Name: "Mailbox", MinVersion: "1.3" });
    const overrideSets = findAll(manifest, "bt:Sets")[0]!;
    expect(overrideSets.attributes.DefaultMinVersion).toBe("1.3");
    expect(findAll(overrideSets, "bt:Set").map((s) => s.attributes.Name)).toEqual(["Mailbox"]);
  });

  it("nests VersionOverrides 1.1 as the last child of VersionOverrides 1.0", () => {
    const outer = child(manifest, "VersionOverrides")!;
    expect(outer.attributes["xsi:type"]).toBe("VersionOverridesV1_0");
    const last = outer.children[outer.children.length - 1]!;
    expect(last.name).toBe("VersionOverrides");
    expect(last.attributes["xsi:type"]).toBe("VersionOverridesV1_1");
  });

  it("asks for ReadWriteItem (compose drafts get their recipient set) and declares no AppDomains", () => {
    expect(child(manifest, "Permissions")?.text.trim()).toBe("ReadWriteItem");
    expect(findAll(manifest, "AppDomains")).toEqual([]);
    expect(findAll(manifest, "AppDomain")).toEqual([]);
  });

  it("has a read group with the pinnable 'Explain this NDR' pane and the quickVerdict function command", () => {
    const read = findAll(manifest, "ExtensionPoint").find(
      (e) => e.attributes["xsi:type"] === "MessageReadCommandSurface",
    )!;
    const controls = findAll(read, "Control");
    const explain = controls.find((c) => child(c, "Action")?.attributes["xsi:type"] === "ShowTaskpane")!;
    expect(
      strings.find((s) => s.element.attributes.id === child(explain, "Label")!.attributes.resid)?.element.attributes
        .DefaultValue,
    ).toBe("Explain this NDR");
    expect(child(child(explain, "Action")!, "SupportsPinning")?.text).toBe("true");
    const functionCommand = controls.find((c) => child(c, "Action")?.attributes["xsi:type"] === "ExecuteFunction")!;
    expect(child(child(functionCommand, "Action")!, "FunctionName")?.text).toBe("quickVerdict");
  });

  it("registers the FunctionName in the function file's source with Office.actions.associate", () => {
    const commands = projectFile("src/commands/commands.ts");
    expect(existsSync(commands)).toBe(true);
    // The name may sit in a constant; what matters is that the file associates and names it.
    const source = readFileSync(commands, "utf8");
    expect(source).toMatch(/\bassociate\b/);
    expect(source).toMatch(/["']quickVerdict["']/);
  });

  it("offers the pane in compose mode and on mobile", () => {
    const points = findAll(manifest, "ExtensionPoint").map((e) => e.attributes["xsi:type"]);
    expect(points).toEqual([
      "MessageReadCommandSurface",
      "MessageComposeCommandSurface",
      "MobileMessageReadCommandSurface",
    ]);
    const mobile = findAll(manifest, "MobileFormFactor")[0]!;
    const mobileControl = findAll(mobile, "Control")[0]!;
    expect(mobileControl.attributes["xsi:type"]).toBe("MobileButton");
    expect(child(mobileControl, "Action")?.attributes["xsi:type"]).toBe("ShowTaskpane");
  });

  it("labels the mobile button in at most 16 characters in both languages (Outlook mobile cuts longer ones)", () => {
    const mobile = findAll(manifest, "MobileFormFactor")[0]!;
    const labels = findAll(mobile, "Control").map((control) => child(control, "Label")!.attributes.resid!);
    expect(labels.length).toBeGreaterThan(0);
    for (const resid of labels) {
      const label = strings.find((s) => s.element.attributes.id === resid)!.element;
      const texts = [
        label.attributes.DefaultValue!,
        ...nbOverrides(label, "bt:Override").map((o) => o.attributes.Value!),
      ];
      expect(texts, resid).toHaveLength(2);
      for (const text of texts) expect(text.length, `${resid}: "${text}"`).toBeLessThanOrEqual(16);
    }
  });

  it("points every page URL at the dev server, and the pages exist as templates", () => {
    const urls = findAll(resources, "bt:Url").map((u) => u.attributes.DefaultValue!);
    expect(urls.sort()).toEqual([`${devUrl}commands.html`, `${devUrl}taskpane.html`]);
    expect(existsSync(projectFile("src/taskpane/taskpane.html"))).toBe(true);
    expect(existsSync(projectFile("src/commands/commands.html"))).toBe(true);
    const support = child(manifest, "SupportUrl")!.attributes.DefaultValue!;
    expect(existsSync(assetFor(support.replace(/#.*/, "")))).toBe(true);
  });

  it("has an nb-NO override on every user-visible string", () => {
    for (const name of ["DisplayName", "Description"]) {
      const overrides = nbOverrides(child(manifest, name)!, "Override");
      expect(overrides, name).toHaveLength(1);
      expect(overrides[0]!.attributes.Value?.trim(), name).toBeTruthy();
    }
    for (const { element, limit } of strings) {
      const id = element.attributes.id!;
      const overrides = nbOverrides(element, "bt:Override");
      expect(overrides, id).toHaveLength(1);
      const norwegian = overrides[0]!.attributes.Value!;
      expect(norwegian.trim(), id).not.toBe("");
      expect(element.attributes.DefaultValue!.length, id).toBeLessThanOrEqual(limit);
      expect(norwegian.length, id).toBeLessThanOrEqual(limit);
    }
    const explain = strings.find((s) => s.element.attributes.DefaultValue === "Explain this NDR")!;
    expect(nbOverrides(explain.element, "bt:Override")[0]!.attributes.Value).toBe("Forklar returmeldingen");
  });

  it("resolves every resid, each at most 32 characters", () => {
    const all: XmlElement[] = [];
    const visit = (e: XmlElement) => e.children.forEach((c) => (all.push(c), visit(c)));
    visit(manifest);
    const withResid = all.filter((e) => e.attributes.resid !== undefined);
    expect(withResid.length).toBeGreaterThan(10);
    const urlIds = new Set(findAll(resources, "bt:Url").map((u) => u.attributes.id));
    for (const element of withResid) {
      const resid = element.attributes.resid!;
      expect(resid.length, resid).toBeLessThanOrEqual(32);
      const known = element.name === "bt:Image" ? images.has(resid) : stringIds.has(resid) || urlIds.has(resid);
      expect(known, `${element.name} resid=${resid}`).toBe(true);
    }
  });

  it("uses icons that exist with the declared pixel sizes (ribbon 16/32/80 required, mobile 25/32/48 ×1/2/3)", () => {
    for (const icon of findAll(manifest, "Icon")) {
      const declared = icon.children.map((image) => ({
        size: Number(image.attributes.size),
        scale: Number(image.attributes.scale ?? 1),
        url: images.get(image.attributes.resid!)!,
      }));
      const sizes = new Set(declared.map((d) => `${d.size}x${d.scale}`));
      const required =
        icon.attributes["xsi:type"] === "bt:MobileIconList"
          ? ["25x1", "25x2", "25x3", "32x1", "32x2", "32x3", "48x1", "48x2", "48x3"]
          : ["16x1", "32x1", "80x1"];
      for (const size of required) expect(sizes.has(size), `icon size ${size}`).toBe(true);
      for (const { size, scale, url } of declared) {
        expect(pngSize(assetFor(url)), url).toEqual({ width: size * scale, height: size * scale });
      }
    }
    expect(pngSize(assetFor(child(manifest, "IconUrl")!.attributes.DefaultValue!))).toEqual({ width: 64, height: 64 });
    expect(pngSize(assetFor(child(manifest, "HighResolutionIconUrl")!.attributes.DefaultValue!))).toEqual({
      width: 128,
      height: 128,
    });
  });
});
