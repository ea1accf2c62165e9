import { describe, expect, it } from "vitest";
import { noteThrottled, withRetryAfter } from "@/lib/auth/auth-route";
import { waitInWords } from "@/lib/auth/rate-limit";
import { AppError, errorResponse } from "@/lib/errors";

const throttled = new AppError("RATE_LIMITED", "Too many failed sign-ins. Please try again in 14 minutes.", undefined, 812);

describe("Retry-After on every 429", () => {
  it("a route's refusal carries the wait as a header and in words", async () => {
    const json = errorResponse(throttled, "json");
    expect(json.status).toBe(429);
    expect(json.headers.get("retry-after")).toBe("812");
    expect(await json.json()).toEqual({ error: throttled.message });
    const text = errorResponse(throttled, "text");
    expect([text.status, text.headers.get("retry-after"), await text.text()]).toEqual([429, "812", throttled.message]);
    expect(errorResponse(new AppError("NOT_FOUND", "Not here."), "text").headers.get("retry-after")).toBeNull();
  });

  it("a throttled sign-in through next-auth becomes a 429 with Retry-After; other answers pass untouched", async () => {
    const refusing = withRetryAfter(async () => {
      noteThrottled(throttled);
      return Response.json({ url: "http://x/api/auth/error?error=Too%20many" }, { status: 401 });
    });
    const refused = await refusing(new Request("http://x/api/auth/callback/credentials"), {});
    expect([refused.status, refused.headers.get("retry-after")]).toEqual([429, "812"]);
    expect(await refused.json()).toEqual({ url: "http://x/api/auth/error?error=Too%20many" }); // the form still reads the reason

    // A form posted without JavaScript keeps its redirect to the page that shows the wait.
    const redirecting = withRetryAfter(async () => {
      noteThrottled(throttled);
      return new Response(null, { status: 302, headers: { location: "/sign-in?error=Too%20many" } });
    });
    const redirected = await redirecting(new Request("http://x"), {});
    expect([redirected.status, redirected.headers.get("retry-after"), redirected.headers.get("location")]).toEqual([302, "812", "/sign-in?error=Too%20many"]);

    const wrongPassword = await withRetryAfter(async () => Response.json({ url: "http://x/?error=CredentialsSignin" }, { status: 401 }))(new Request("http://x"), {});
    expect([wrongPassword.status, wrongPassword.headers.get("retry-after")]).toEqual([401, null]);
  });

  it("says the wait as a person would", () => {
    expect([1, 40, 59, 60, 61, 812, 3600].map(waitInWords)).toEqual(["1 second", "40 seconds", "59 seconds", "1 minute", "2 minutes", "14 minutes", "60 minutes"]);
  });
});
