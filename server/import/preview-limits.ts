// How much of a file a preview reads: the server reads it, and the page sends a little more so
// that the server stops on its own, as it would on the whole file. No runtime imports: the page
// imports this module too.

/** The preview reads the head of a file: enough rows to judge the detection, fast on any size. */
export const previewBytes = 8 * 1024 * 1024;
/** The rows a preview shows, as they would be stored. */
export const previewRows = 20;
