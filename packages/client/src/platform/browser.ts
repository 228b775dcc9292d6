import type { Send } from "./send.js";

/** The default transport outside Node: the platform's fetch. */
export const platformSend: Send = (url, init) => fetch(url, init);
