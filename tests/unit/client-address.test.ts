import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("the client's address", () => {
  it("with no proxy, is the socket's address this server appended, whatever the client sent", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.5", 0)).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", 0)).toBe("203.0.113.5");
    expect(clientAddress("::ffff:203.0.113.5", 0)).toBe("203.0.113.5");
  });

  it("behind trusted proxies, is the address the outermost trusted proxy saw", () => {
    // client-forged, then what the proxy appended (the real client), then the proxy's socket
    expect(clientAddress("6.6.6.6, 198.51.100.2, 10.0.0.3", 1)).toBe("198.51.100.2");
    expect(clientAddress("6.6.6.6, 198.51.100.2, 10.0.0.8, 10.0.0.3", 2)).toBe("198.51.100.2");
  });

  it("is 'unknown' rather than empty when nothing was recorded", () => {
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });
});
