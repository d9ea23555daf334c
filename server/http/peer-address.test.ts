import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/server/auth/credentials";
import { throttleLimits } from "@/server/auth/throttle";
import { testDb as db } from "@/test/db";
import { createUser, factoryPassword } from "@/test/factories/index";
import { clientAddress, installPeerAddressHeader, peerHeader } from "./peer-address";

// A real HTTP server of this process, as `next start` creates one, with the sign-in check behind it.
let server: http.Server;
let url: string;
const seen: (string | null)[] = [];

beforeAll(async () => {
  installPeerAddressHeader();
  server = http.createServer((request, response) => {
    const ip = clientAddress(request.headers, false);
    seen.push(ip);
    const body: Buffer[] = [];
    request.on("data", (c: Buffer) => body.push(c));
    request.on("end", () => {
      const { email, password } = JSON.parse(Buffer.concat(body).toString() || "{}") as Record<string, string>;
      void verifyCredentials(db, { email: email!, password: password!, ip }).then((result) => {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: object, headers: Record<string, string>) =>
  fetch(url, { method: "POST", body: JSON.stringify(body), headers }).then((r) => r.json() as Promise<{ ok: boolean; reason?: string }>);

describe("the client address of the sign-in limits (TRUST_PROXY=false)", () => {
  it("is the socket's, whatever X-Forwarded-For or the private header the client sends", async () => {
    await post({ email: "a@exemple.test", password: "x" }, { "x-forwarded-for": "6.6.6.6", [peerHeader]: "7.7.7.7" });
    expect(seen.at(-1)).toBe("127.0.0.1");
  });

  it("is not bypassed by rotating X-Forwarded-For: the 21st failure from one socket is refused", async () => {
    const user = await createUser(db, { email: "rotation@exemple.test" });
    let requests = 0;
    for (let i = 0; i < throttleLimits.ip; i++) {
      await post({ email: `essai-${i}@exemple.test`, password: "x" }, { "x-forwarded-for": `10.9.${i}.1` });
      requests++;
    }
    const last = await post({ email: user.email, password: factoryPassword }, { "x-forwarded-for": "10.9.99.1" });
    requests++;
    expect(last).toEqual({ ok: false, reason: "throttled" });
    expect(requests).toBe(21);
  });

  it("behind a trusted proxy is the hop that proxy appended (the right-most)", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 192.0.2.10" }), true)).toBe("192.0.2.10");
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6", [peerHeader]: "10.0.0.2" }), false)).toBe(
      "10.0.0.2",
    );
  });
});
