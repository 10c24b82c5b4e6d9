/** For the never-throws test's own check: an extract that never returns, as a loop whose index never moves would. */
export function extract(_input: { text: string; date?: string }): never {
  for (;;) {
    // spins
  }
}
