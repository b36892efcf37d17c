/** Runs a bench's main and exits: open pools and PGlite would otherwise keep the process alive. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
