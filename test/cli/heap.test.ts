// The young-generation cap of a one-thread run (src/cli/heap.ts): V8 is stood in for by a fake
// heap whose new space the test grows, so the runner's own heap flags are never touched.
import { beforeEach, describe, expect, it, vi } from "vitest";

const heap = vi.hoisted(() => ({ newSpaceBytes: 0, flags: [] as string[], looks: 0 }));

vi.mock("node:v8", () => ({
  getHeapSpaceStatistics: () => {
    heap.looks += 1;
    return [
      { space_name: "old_space", space_size: 64 * 1024 * 1024 },
      { space_name: "new_space", space_size: heap.newSpaceBytes },
    ];
  },
  setFlagsFromString: (flag: string) => heap.flags.push(flag),
}));

const { capYoungGeneration } = await import("../../src/cli/heap.js");
const MB = 1024 * 1024;

describe("young generation cap", () => {
  beforeEach(() => {
    heap.newSpaceBytes = 2 * MB;
    heap.flags = [];
    heap.looks = 0;
  });

  it("leaves V8 alone while the young generation is under 8 MB", () => {
    const afterMessage = capYoungGeneration();
    heap.newSpaceBytes = 6 * MB;
    for (let i = 0; i < 1000; i++) afterMessage();
    expect(heap.flags).toEqual([]);
  });

  it("stops its growth once it reaches 8 MB, once", () => {
    const afterMessage = capYoungGeneration();
    for (let i = 0; i < 100; i++) afterMessage();
    heap.newSpaceBytes = 8 * MB;
    for (let i = 0; i < 1000; i++) afterMessage();
    expect(heap.flags).toEqual(["--semi-space-growth-factor=1"]);
  });

  it("looks at the heap only every 32 messages, and not at all once capped", () => {
    const afterMessage = capYoungGeneration();
    for (let i = 0; i < 320; i++) afterMessage();
    expect(heap.looks).toBe(10);
    heap.newSpaceBytes = 32 * MB;
    for (let i = 0; i < 320; i++) afterMessage();
    expect(heap.looks).toBe(11);
  });
});
