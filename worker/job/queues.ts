// The names of the nightly job's queues as wrangler.toml declares them, in a file with no
// Workers types so the Node-side check of wrangler.toml (test/deploy/wrangler.test.ts) can
// import it too.

/** The dead_letter_queue of the register queue's consumer: messages whose retries ran out. */
export const DEAD_LETTER_QUEUE = 'art30-registers-dlq';
