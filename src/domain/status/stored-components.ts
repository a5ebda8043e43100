/**
 * The components of components.yaml as the site stores them: flattened out
 * of their groups, each with its group and its place on the page. The
 * `components` collection and `npm run review` both build the status record
 * from this one list.
 */
import type { ComponentsFile, StoredComponent } from '../../schemas/component.ts';

/** Every component of the file, in display order, with its group's id and name and its order on the page. */
export function storedComponents(file: ComponentsFile): StoredComponent[] {
  return file.groups
    .flatMap((group) =>
      group.components.map((component) => ({ ...component, group: { id: group.id, name: group.name } })),
    )
    .map((component, order) => ({ ...component, order }));
}
