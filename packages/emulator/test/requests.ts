// What the emulator's tests send: Face API requests with the emulator's default key.

/** The default key's header. */
export const key = { "Ocp-Apim-Subscription-Key": "emulator-key" };

/** A request to the Face API at `url` with a JSON or image body; the answer's status, error code and JSON body. */
export async function send(
  url: string | undefined,
  method: string,
  path: string,
  body?: object | Uint8Array<ArrayBuffer>,
) {
  const binary = body instanceof Uint8Array;
  const response = await fetch(`${url}/face/v1.2${path}`, {
    method,
    headers: { ...key, ...(body && { "content-type": binary ? "application/octet-stream" : "application/json" }) },
    ...(body && { body: binary ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, code: response.headers.get("x-ms-error-code"), body: text && JSON.parse(text) };
}

/** A PNG-signed image of 2 KB; `n` tells images apart. */
export const image = (n = 0) => {
  const bytes = new Uint8Array(new ArrayBuffer(2048));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, n]);
  return bytes;
};
