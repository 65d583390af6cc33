// Fills each shared choice list, ranking list and yes/no from its <template>: the emitter writes
// a list's options once and every question that uses it an empty `[data-list][data-name]` box.
// Each clone gets what a question's own options have in the markup: the input's (a ranking's
// select's) name and id `f-<name>-<i>`, its label pointing at it with the text key
// `opt.<name>.<code>`, and a specify box named `<name>.<code>.text` (id `f-<name>-<i>-s`, labelled by `f-<name>-<i>-l`).
// Like the scales, the form fills the page it shows first and the others in tasks right after
// (a list in random order before it is arranged); `select` narrows the boxes, boxes already
// filled are left alone. Returns how many were filled.
export function fillLists(root: Document | Element, select = '[data-list]'): number {
  const templates = new Map<string, HTMLTemplateElement | null>();
  let filled = 0;
  for (const box of Array.from(root.querySelectorAll<HTMLElement>(select))) {
    if (box.childElementCount) continue; // filled already
    const list = box.dataset.list ?? '';
    const name = box.dataset.name ?? '';
    let t = templates.get(list);
    if (t === undefined) {
      t = document.getElementById(list) as HTMLTemplateElement | null;
      templates.set(list, t);
    }
    if (!t) continue;
    const items = t.content.cloneNode(true) as DocumentFragment;
    Array.from(items.children).forEach((item, i) => {
      const id = `f-${name}-${i}`;
      const input = item.firstElementChild as HTMLInputElement | HTMLSelectElement;
      input.name = name;
      input.id = id;
      const label = input.nextElementSibling as HTMLLabelElement;
      label.htmlFor = id;
      const code = (item as HTMLElement).dataset.code;
      if (code === undefined) return; // yes/no: interface texts
      label.dataset.t = `opt.${name}.${code}`;
      const specify = label.nextElementSibling as HTMLInputElement | null;
      if (!specify) return;
      label.id = `${id}-l`;
      specify.name = `${name}.${code}.text`;
      specify.id = `${id}-s`;
      specify.setAttribute('aria-labelledby', label.id);
    });
    box.append(items);
    filled++;
  }
  return filled;
}
