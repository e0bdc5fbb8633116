import { describe, expect, it } from 'vitest';
import { oncePerProcess, oncePerProcessFor } from '@/lib/build-cache';

/*
 * next build gives the route handlers and the pages each their own copy of a module; two calls of oncePerProcess
 * with the same name stand for the same line in two copies.
 */
describe('build products made once per process', () => {
  it('makes a product once per key object, whichever copy of the module asks', () => {
    let made = 0;
    const make = (lib: { n: number }) => ({ n: lib.n, made: ++made });
    const copyA = oncePerProcess('test: shared product', make);
    const copyB = oncePerProcess('test: shared product', make);
    const lib = { n: 1 };
    const first = copyA(lib);
    expect(copyB(lib)).toBe(first);
    expect(made).toBe(1);
    // Another library (a test's own, a rebuilt one) starts afresh.
    expect(copyB({ n: 2 })).toEqual({ n: 2, made: 2 });
  });

  it('keeps products of different names apart', () => {
    const lib = {};
    expect(oncePerProcess('test: one', () => 'one')(lib)).toBe('one');
    expect(oncePerProcess('test: two', () => 'two')(lib)).toBe('two');
  });

  it('keys by a string (a content folder) too, and makes again after a failure', () => {
    let calls = 0;
    const fail = () => {
      calls++;
      throw new Error('content problem');
    };
    expect(() => oncePerProcessFor('test: folder', '/a', fail)).toThrow('content problem');
    expect(oncePerProcessFor('test: folder', '/a', () => ++calls)).toBe(2);
    expect(oncePerProcessFor('test: folder', '/a', () => ++calls)).toBe(2);
    expect(oncePerProcessFor('test: folder', '/b', () => 'b')).toBe('b');
  });
});
