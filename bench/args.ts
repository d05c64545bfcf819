/** A bench's own positional arguments (counts, rounds), without the options `npm run bench` forwards. */
export const positional: string[] = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
