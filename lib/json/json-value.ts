import type { JsonNode } from './json-node.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The value a JavaScript consumer would get (a repeated key keeps its last value, like
 * JSON.parse). Objects have no prototype, so a `__proto__` key is an ordinary own property here
 * and never changes the object's prototype. Iterative: safe on any depth.
 */
export function jsonNodeToValue(root: JsonNode): JsonValue {
  const values = new Map<JsonNode, JsonValue>();
  const pending: Array<{ node: JsonNode; expanded: boolean }> = [{ node: root, expanded: false }];
  while (pending.length > 0) {
    const top = pending[pending.length - 1]!;
    const { node } = top;
    if (node.type !== 'object' && node.type !== 'array') {
      values.set(node, node.value);
      pending.pop();
      continue;
    }
    const children = node.type === 'object' ? node.members.map((member) => member.value) : node.items;
    if (!top.expanded) {
      top.expanded = true;
      for (const child of children) pending.push({ node: child, expanded: false });
      continue;
    }
    pending.pop();
    if (node.type === 'array') {
      values.set(
        node,
        node.items.map((item) => values.get(item)!),
      );
    } else {
      const object = Object.create(null) as { [key: string]: JsonValue };
      for (const member of node.members) object[member.key] = values.get(member.value)!;
      values.set(node, object);
    }
    for (const child of children) values.delete(child);
  }
  return values.get(root)!;
}
