const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The base URL of the Face API (`{endpoint}/face/{apiVersion}`) for a resource endpoint.
 * Throws a TypeError naming `endpoint` when it is not an absolute http(s) URL, or is plain http
 * to a host other than loopback without `allowInsecureConnection`: the key or token would
 * otherwise cross the network in clear text.
 */
export function faceBaseUrl(endpoint: unknown, apiVersion: string, allowInsecureConnection: boolean): string {
  let url: URL;
  try {
    url = new URL(String(endpoint));
  } catch {
    throw new TypeError(
      `createFaceClient: \`endpoint\` must be an absolute https URL such as https://my-resource.cognitiveservices.azure.com; got ${JSON.stringify(endpoint)}.`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(`createFaceClient: \`endpoint\` must use https; got the ${url.protocol} scheme.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError(
      "createFaceClient: `endpoint` must be the resource URL only, without credentials, query or fragment.",
    );
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
  if (url.protocol === "http:" && !loopback && !allowInsecureConnection) {
    throw new TypeError(
      `createFaceClient: \`endpoint\` must use https (got http://${url.host}); plain http is allowed only to a loopback host or with allowInsecureConnection: true.`,
    );
  }
  if (!apiVersion || /[/?#\s]/.test(apiVersion)) {
    throw new TypeError(
      `createFaceClient: \`apiVersion\` must be a version such as "v1.2"; got ${JSON.stringify(apiVersion)}.`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/face/${apiVersion}`;
}
