/**
 * `list.map(fn)` whose result is always a packed array. V8 builds the result of Array.prototype.map
 * as a packed array while the calling function is interpreted, and as a holey one (another hidden
 * class) once its optimising compiler has inlined the call. Code that reads arrays made both ways
 * meets a shape it was not compiled for each time the producer changes tier, and is thrown away
 * ("wrong map" deoptimisations), then compiled again. Arrays that other functions read (a message's
 * headers and parts, a report's recipients, an explanation's steps) are made with this instead.
 */
export function packedMap<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const mapped: U[] = [];
  for (let index = 0; index < list.length; index++) mapped.push(fn(list[index]!, index));
  return mapped;
}
