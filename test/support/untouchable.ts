// Dependencies a use case must not touch: any property read throws. A refusal that comes back
// instead of this error was decided before anything was read or stored.
export function untouchable<T>(name: string): T {
  return new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(`${name}.${String(property)} was used`);
      },
    },
  ) as T;
}
