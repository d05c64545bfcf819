/** English drafts and help-desk report for the browser pages: loaded only once a page needs them. */
export { drafts as messages } from "./en/drafts.js";
