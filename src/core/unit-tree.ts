// The units of a campaign under their groups at every level of `Cấp trên`, as the report
// sheets list them: each group after its units, with its subtotal.
import type { GroupProgress, Progress, UnitProgress } from './progress';
import { nameKey } from './text';

/** A unit or a group in the tree of `Cấp trên`, in order of first appearance. */
export interface TreeNode {
  group: GroupProgress | null;
  items: (UnitProgress | TreeNode)[];
}

/** What a level of `Cấp trên` indents a name by, in the report sheets. */
export const INDENT = '    ';

/** A path of levels as a key that ignores case and diacritics. */
export const pathKey = (path: string[]) => path.map(nameKey).join('\u0001');

/** The units under their groups at every level: a group's own unit first, then the rest. */
export function tree(p: Progress): TreeNode {
  const root: TreeNode = { group: null, items: [] };
  const nodes = new Map<string, TreeNode>([['', root]]);
  const groups = new Map(p.groups.map((g) => [pathKey(g.path), g]));
  const nodeFor = (path: string[]): TreeNode => {
    const key = pathKey(path);
    let node = nodes.get(key);
    if (!node) {
      node = { group: groups.get(key) ?? null, items: [] };
      nodes.set(key, node);
      nodeFor(path.slice(0, -1)).items.push(node);
    }
    return node;
  };
  for (const u of p.units) {
    const own = [...u.path, u.name];
    if (groups.has(pathKey(own))) nodeFor(own).items.unshift(u);
    else nodeFor(u.path).items.push(u);
  }
  return root;
}

/**
 * Visits the tree in the order the sheets list it: a group's units (and groups) one level in
 * from its parent's, then the group's subtotal at its parent's level.
 */
export function walk(
  root: TreeNode,
  visit: {
    unit(u: UnitProgress, depth: number): void;
    group(g: GroupProgress, depth: number): void;
  },
): void {
  const emit = (node: TreeNode, depth: number) => {
    for (const item of node.items) {
      if ('items' in item) {
        emit(item, node.group ? depth + 1 : depth);
        if (item.group) visit.group(item.group, depth);
      } else visit.unit(item, depth);
    }
  };
  emit(root, 0);
}
