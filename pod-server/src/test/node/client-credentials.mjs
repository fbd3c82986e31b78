// SPDX-License-Identifier: Apache-2.0
// A headless Solid app on Inrupt's solid-client-authn-node: logs in with client credentials and a DPoP-bound token,
// reads a private resource, writes a new one with PUT and reads it back, all through the session's fetch, then
// prints one JSON object saying what each step answered and what each request carried for authentication.
//
// Usage: node client-credentials.mjs ISSUER CLIENT_ID CLIENT_SECRET PRIVATE_URL NEW_URL
import { Session } from "@inrupt/solid-client-authn-node";

const [oidcIssuer, clientId, clientSecret, privateUrl, newUrl] = process.argv.slice(2);
const NOTE = '<#note> <http://purl.org/dc/terms/title> "Written from Node.js" .\n';

const plainFetch = globalThis.fetch;
const wire = [];

// The library sends resource requests through the global fetch, so wrapping it shows the headers it sets; the
// token request goes through openid-client's own HTTP code and is not recorded here.
globalThis.fetch = async (input, init = {}) => {
  const headers = new Headers(init.headers);
  const response = await plainFetch(input, init);
  wire.push({
    method: init.method ?? "GET",
    url: input instanceof Request ? input.url : String(input),
    scheme: (headers.get("authorization") ?? "").split(" ")[0],
    proofClaims: claimNames(headers.get("dpop")),
    status: response.status,
  });
  return response;
};

function claimNames(proof) {
  if (proof === null) {
    return [];
  }
  const payload = JSON.parse(Buffer.from(proof.split(".")[1], "base64url").toString("utf8"));
  return Object.keys(payload).sort();
}

async function step(response) {
  return { status: response.status, contentType: response.headers.get("content-type"), body: await response.text() };
}

async function run() {
  const session = new Session();
  await session.login({ clientId, clientSecret, oidcIssuer, tokenType: "DPoP" });
  const read = await step(await session.fetch(privateUrl));
  const write = await step(await session.fetch(newUrl, {
    method: "PUT",
    headers: { "Content-Type": "text/turtle" },
    body: NOTE,
  }));
  const readBack = await step(await session.fetch(newUrl, { headers: { Accept: "text/turtle" } }));
  const anonymous = await step(await plainFetch(privateUrl));
  return { loggedIn: session.info.isLoggedIn, webId: session.info.webId, read, write, readBack, anonymous, wire };
}

// The session may keep a timer for its token's expiry, so the script ends the process once the result is out.
function finish(result, code) {
  process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(code));
}

run().then((result) => finish(result, 0), (error) => finish({ error: String(error?.stack ?? error), wire }, 1));
