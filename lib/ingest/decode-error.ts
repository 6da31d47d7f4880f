/** An article file Trame will not read: the message is one line naming the file; CLIs exit 2. */
export class DecodeError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DecodeError';
  }
}
