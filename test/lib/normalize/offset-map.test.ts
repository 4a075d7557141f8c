import { describe, expect, it } from 'vitest';
import { identityView, MappedView, ViewBuilder } from '../../../lib/normalize/offset-map.ts';

describe('MappedView', () => {
  it('identity view maps every range to itself, clamped into the original', () => {
    const view = identityView('canonical', 'hello');
    expect(view.toOriginal(1, 3)).toEqual({ start: 1, end: 3 });
    expect(view.toOriginal(-4, 99)).toEqual({ start: 0, end: 5 });
    expect(view.toOriginal(4, 2)).toEqual({ start: 4, end: 4 });
    expect(view.toOriginal(NaN, Infinity)).toEqual({ start: 0, end: 0 });
  });

  it('a built view maps through its per-unit ranges, detached from the object too', () => {
    const builder = new ViewBuilder(2);
    builder.append('fi', 0, 1); // a ligature expanded to two letters
    builder.appendIdentity('xyz', 0, 3, 1);
    const view = builder.build('canonical', 0, 4);
    expect(view.text).toBe('fixyz');
    const { toOriginal } = view;
    expect(toOriginal(0, 1)).toEqual({ start: 0, end: 1 });
    expect(toOriginal(1, 3)).toEqual({ start: 0, end: 2 });
    expect(toOriginal(5, 5)).toEqual({ start: 4, end: 4 });
    expect(view.startAt(99)).toBe(3);
    expect(view.endAt(-1)).toBe(1);
  });

  it('reordered views scan the range for its extent', () => {
    const builder = new ViewBuilder();
    builder.markReordered();
    builder.append('c', 2, 3);
    builder.append('b', 1, 2);
    builder.append('a', 0, 1);
    const view = builder.build('reversed', 1, 3);
    expect(view.monotone).toBe(false);
    expect(view.toOriginal(0, 3)).toEqual({ start: 0, end: 3 });
  });

  it('prefix and withName share the map', () => {
    const view = new MappedView('x', 'abcd', 0, 10, Int32Array.from([0, 2, 4, 6]), Int32Array.from([2, 4, 6, 8]));
    expect(view.prefix(2).text).toBe('ab');
    expect(view.prefix(2).toOriginal(0, 2)).toEqual({ start: 0, end: 4 });
    expect(view.prefix(9)).toBe(view);
    expect(view.withName('y').name).toBe('y');
  });

  it('withText makes a same-length reading that shares the map', () => {
    const view = new MappedView('x', 'abcd', 0, 10, Int32Array.from([0, 2, 4, 6]), Int32Array.from([2, 4, 6, 8]));
    const reading = view.withText('y', 'wxyz');
    expect(reading.text).toBe('wxyz');
    expect(reading.starts).toBe(view.starts);
    expect(reading.toOriginal(1, 3)).toEqual({ start: 2, end: 6 });
    expect(() => view.withText('y', 'longer')).toThrow(RangeError);
  });

  it('appendFrom copies a slice of another view with its map', () => {
    const source = new MappedView('s', 'abcd', 0, 10, Int32Array.from([0, 2, 4, 6]), Int32Array.from([2, 4, 6, 8]));
    const builder = new ViewBuilder(1);
    builder.appendFrom(source, 1, 3);
    builder.appendFrom(identityView('i', 'xyz'), 0, 2);
    const view = builder.build('v', 0, 10);
    expect(view.text).toBe('bcxy');
    expect(view.toOriginal(0, 2)).toEqual({ start: 2, end: 6 });
    expect(view.toOriginal(2, 4)).toEqual({ start: 0, end: 2 });
  });

  it('an empty built view maps to the start', () => {
    expect(new ViewBuilder().build('e', 1, 5).toOriginal(0, 3)).toEqual({ start: 0, end: 0 });
  });
});
