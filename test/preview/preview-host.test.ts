// The preview page's stand-in for Outlook: a sample is the selected message, read in the mailbox of
// its To (the preview's sample reader), and nothing selected is a neutral start, not a warning.
import { describe, expect, it } from "vitest";
import { itemFromSample } from "../../src/preview/items.js";
import { createPreviewHost } from "../../src/preview/previewHost.js";
import { sampleByName } from "../../src/preview/samples/files.js";

describe("preview host", () => {
  it("starts with nothing to read and no notice, so the pane opens on its paste box", async () => {
    const { host } = createPreviewHost({ language: "en" });
    expect(await host.readCurrent()).toEqual({ candidates: [], notices: [] });
    expect(await host.readerContext()).toEqual({});
  });

  it("reads a sample in the mailbox it was addressed to, as Outlook's signed-in user would", async () => {
    const controller = createPreviewHost({ language: "en" });
    controller.select(itemFromSample(sampleByName("not-authorized")!));
    expect(await controller.host.readerContext()).toEqual({
      readerAddress: "kari@contoso.com",
      orgDomains: ["contoso.com"],
    });
    // pasted text has no mailbox: the bounce alone decides
    controller.select(itemFromSample(sampleByName("pasted-mailbox-full")!));
    expect(await controller.host.readerContext()).toEqual({});
  });

  it("lets ?lang win over a remembered language", async () => {
    const { host } = createPreviewHost({ language: "nb" });
    await host.settings.save({ language: "en", helpDeskAddress: "it@contoso.com" });
    expect((await host.settings.load()).language).toBe("nb");
  });
});
