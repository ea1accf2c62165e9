import { describe, expect, it } from "vitest";
import { appUrl, appUrlNotice, type Env } from "@/lib/env";

const env = (APP_URL?: string) => ({ APP_URL }) as Env;
const request = (host: string, proto?: string) => new Headers({ host, ...(proto ? { "x-forwarded-proto": proto } : {}) });

describe("the public address (APP_URL)", () => {
  it("is APP_URL wherever it is used, without a trailing slash, and nothing is said at start", () => {
    expect(appUrl(undefined, env("https://letters.example/"))).toBe("https://letters.example");
    expect(appUrl(request("127.0.0.1:3000"), env("https://letters.example"))).toBe("https://letters.example");
    expect(appUrlNotice(env("https://letters.example"))).toBeNull();
  });

  it("unset, keeps the address the visitor used, so 127.0.0.1 does not turn into localhost", () => {
    expect(appUrl(request("127.0.0.1:3270"), env())).toBe("http://127.0.0.1:3270");
    expect(appUrl(request("letters.example"), env())).toBe("https://letters.example");
    expect(appUrl(request("letters.example", "http"), env())).toBe("http://letters.example");
  });

  it("unset and without a request (emails from background jobs), is this server on localhost, and the log says so", () => {
    expect(appUrl(undefined, env())).toMatch(/^http:\/\/localhost:\d+$/);
    expect(appUrlNotice(env())).toMatch(/^APP_URL is not set: email links point at http:\/\/localhost:\d+ and pages keep the address the browser used\./);
  });
});
