import { type Send, sendWithFetch } from "./send.js";

/** The default transport outside Node: the platform's fetch (looked up at each call). */
export const platformSend: Send = sendWithFetch((url, init) => fetch(url, init));
