import type { JsonNode } from './json-node.ts';

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');
  } catch {
    return undefined;
  }
}

/** An array index as JSON Pointer writes it: `0` or digits without a leading zero. */
function arrayIndex(segment: string): number | undefined {
  if (segment.length === 0 || segment.length > 9 || (segment.length > 1 && segment[0] === '0')) return undefined;
  for (const char of segment) if (char < '0' || char > '9') return undefined;
  return Number(segment);
}

/**
 * The node a JSON Pointer names, in the URI-fragment form validators report (`#/a/0/b~1c`,
 * percent-encoded), or the deepest node reached when the pointer goes further than the tree (a
 * missing property is reported at the object that lacks it). A repeated key resolves to its last
 * occurrence, the one JSON.parse keeps.
 */
export function nodeAtPointer(root: JsonNode, pointer: string): JsonNode {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (path === '') return root;
  let node = root;
  for (const raw of path.slice(1).split('/')) {
    const segment = decodeSegment(raw);
    if (segment === undefined) return node;
    let next: JsonNode | undefined;
    if (node.type === 'object') {
      for (let i = node.members.length - 1; i >= 0; i -= 1) {
        if (node.members[i]!.key === segment) {
          next = node.members[i]!.value;
          break;
        }
      }
    } else if (node.type === 'array') {
      const index = arrayIndex(segment);
      next = index === undefined ? undefined : node.items[index];
    }
    if (!next) return node;
    node = next;
  }
  return node;
}
