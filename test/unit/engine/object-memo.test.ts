import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectMemo } from '../../../server/src/engine/object-memo.ts';

test('an ObjectMemo keeps one value per key object, as a WeakMap does', () => {
  const memo = new ObjectMemo<object, number>('test');
  const a = {};
  const b = {};
  assert.equal(memo.get(a), undefined);
  assert.equal(memo.has(a), false);
  memo.set(a, 1).set(b, 2);
  assert.equal(memo.get(a), 1);
  assert.equal(memo.get(b), 2);
  assert.equal(memo.has(a), true);
  memo.set(a, 3);
  assert.equal(memo.get(a), 3);
  assert.equal(memo.delete(a), true);
  assert.equal(memo.get(a), undefined);
  assert.equal(memo.has(a), false);
  assert.equal(memo.delete(a), false);
  assert.equal(memo.get(b), 2);
});

test('two memos on the same key do not see each other', () => {
  const first = new ObjectMemo<object, string>('first');
  const second = new ObjectMemo<object, string>('first');
  const key = {};
  first.set(key, 'one');
  assert.equal(second.get(key), undefined);
  second.set(key, 'two');
  assert.equal(first.get(key), 'one');
});

test('the value is invisible to JSON, keys, spread and deep equality', () => {
  const memo = new ObjectMemo<Record<string, unknown>, object>('hidden');
  const finding = { ruleId: 'x', message: 'm' };
  memo.set(finding, { compute: () => undefined });
  assert.equal(JSON.stringify(finding), '{"ruleId":"x","message":"m"}');
  assert.deepEqual(Object.keys(finding), ['ruleId', 'message']);
  assert.deepEqual(Reflect.ownKeys({ ...finding }), ['ruleId', 'message']);
  assert.deepStrictEqual(finding, { ruleId: 'x', message: 'm' });
});

test('an object whose prototype is a key does not share its value', () => {
  const memo = new ObjectMemo<object, number>('proto');
  const parent = {};
  memo.set(parent, 7);
  const child = Object.create(parent) as object;
  assert.equal(memo.get(child), undefined);
  assert.equal(memo.has(child), false);
  memo.set(child, 8);
  assert.equal(memo.get(child), 8);
  assert.equal(memo.get(parent), 7);
});

test('frozen and sealed keys are kept aside, not refused', () => {
  const memo = new ObjectMemo<object, string>('frozen');
  const frozen = Object.freeze({});
  const sealed = Object.seal({ a: 1 });
  const list = Object.freeze([] as string[]);
  memo.set(frozen, 'f').set(sealed, 's').set(list, 'l');
  assert.equal(memo.get(frozen), 'f');
  assert.equal(memo.get(sealed), 's');
  assert.equal(memo.get(list), 'l');
  assert.equal(memo.has(frozen), true);
  assert.equal(memo.delete(frozen), true);
  assert.equal(memo.get(frozen), undefined);
  assert.ok(Object.isFrozen(frozen));
});
