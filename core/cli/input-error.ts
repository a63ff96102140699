/** Input the report cannot use (a settings file, an output path): exit code 1 with one message (SPEC 7). */
export class InputError extends Error {
  override readonly name = 'InputError';
}
