import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamCompletion } from "@/lib/ai/stream-completion";
import { startFakeOpenAI, type FakeOpenAI } from "../fixtures/fake-openai";

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

const messages = [{ role: "user" as const, content: "Write to Margaret." }];
const options = (signal?: AbortSignal) => ({ apiKey: "sk-test", baseURL: fake.baseURL, model: "test-model", signal });

/** Collects deltas as a caller would, keeping what arrived before any failure. */
async function collect(signal?: AbortSignal, onDelta?: (got: string[]) => void) {
  const got: string[] = [];
  try {
    for await (const delta of streamCompletion(messages, options(signal))) {
      got.push(delta);
      onDelta?.(got);
    }
    return { got, error: null };
  } catch (error) {
    return { got, error: error as Error };
  }
}

describe("streamCompletion against a chat completions server", () => {
  it("yields the text deltas in order and sends the model, the messages and stream: true", async () => {
    fake.setScript({ deltas: ["Dear", " Margaret", ",\n\nHappy", " birthday!"] });
    const { got, error } = await collect();
    expect(error).toBeNull();
    expect(got.join("")).toBe("Dear Margaret,\n\nHappy birthday!");
    expect(fake.requests.at(-1)!.body).toMatchObject({ model: "test-model", stream: true, messages });
  });

  it("passes each delta on as soon as it arrives from a slow stream", async () => {
    fake.setScript({ deltas: ["One", " two", " three"], delayMs: 150 });
    const started = Date.now();
    const arrivals: number[] = [];
    const { got } = await collect(undefined, () => arrivals.push(Date.now() - started));
    expect(got).toEqual(["One", " two", " three"]);
    expect(arrivals[2] - arrivals[0]).toBeGreaterThanOrEqual(250);
  });

  it("surfaces an error event partway through, after the text that already arrived", async () => {
    fake.setScript({ deltas: ["Dear", " Margaret", " never"], failAfter: { count: 2, how: "event" } });
    const { got, error } = await collect();
    expect(got.join("")).toBe("Dear Margaret");
    expect(error?.message).toMatch(/fell over/);
  });

  it("surfaces a dropped connection as an error, keeping the partial text", async () => {
    fake.setScript({ deltas: ["Dear", " Margaret", " never"], failAfter: { count: 2, how: "drop" } });
    const { got, error } = await collect();
    expect(got.join("")).toBe("Dear Margaret");
    expect(error).toBeInstanceOf(Error);
  });

  it("reports a refused request as an error before any text", async () => {
    fake.setScript({ deltas: [], status: 401 });
    const { got, error } = await collect();
    expect(got).toEqual([]);
    expect(error?.message).toMatch(/401/);
  });

  it("stops the server-side stream when the caller aborts", async () => {
    fake.setScript({ deltas: Array.from({ length: 50 }, (_, i) => ` word${i}`), delayMs: 20 });
    const controller = new AbortController();
    const { got, error } = await collect(controller.signal, (g) => g.length === 3 && controller.abort());
    expect(got).toHaveLength(3);
    expect(error?.name).toBe("AbortError");
    expect(await fake.requests.at(-1)!.closedEarly).toBe(true);
  });
});
