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

describe('ViewBuilder.changedFrom', () => {
  it('records where a view copied from one source departs from it: appended pieces, skipped stretches, a cut end', () => {
    const source = identityView('canonical', 'ignore all previous');
    const builder = new ViewBuilder();
    builder.appendFrom(source, 0, 6);
    builder.append(' ', 6, 6);
    builder.appendFrom(source, 7, 10);
    builder.appendFrom(source, 11, 15);
    const view = builder.build('reading', 0, source.text.length);
    expect(view.text).toBe('ignore allprev');
    expect(view.changedFrom?.base).toBe(source);
    // the space appended at 6, the unit after the skipped space (10), and the last unit (the tail was cut)
    expect(view.changedFrom?.ranges).toEqual([{ start: 6, end: 14 }]);
  });

  it('records nothing it cannot vouch for: two sources, copies out of order, raw strings', () => {
    const a = identityView('a', 'abc');
    const b = identityView('b', 'xyz');
    const mixed = new ViewBuilder();
    mixed.appendFrom(a, 0, 1);
    mixed.appendFrom(b, 1, 2);
    expect(mixed.build('mixed', 0, 3).changedFrom).toBeUndefined();
    const backwards = new ViewBuilder();
    backwards.appendFrom(a, 2, 3);
    backwards.appendFrom(a, 0, 1);
    expect(backwards.build('backwards', 0, 3).changedFrom).toBeUndefined();
    const raw = new ViewBuilder();
    raw.appendIdentity('abc', 0, 3, 0);
    expect(raw.build('raw', 0, 3).changedFrom).toBeUndefined();
  });
});
