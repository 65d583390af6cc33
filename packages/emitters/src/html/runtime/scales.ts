// Fills each rating scale from its <template>: the emitter writes a scale's points once and
// every question that uses it an empty `.scale[data-scale][data-name]`. Each clone's radios
// get the question's name and the id their label points to, `f-<name>-<i>`. The form fills
// the page it shows first and the others in tasks after it (a 5,000-question form has
// thousands of scales); `root` says where, boxes already filled are left alone.
export function fillScales(root: Document | Element): number {
  const templates = new Map<string, HTMLTemplateElement>();
  let filled = 0;
  for (const box of Array.from(root.querySelectorAll<HTMLElement>('.scale[data-scale]'))) {
    if (box.childElementCount) continue; // filled already
    const scale = box.dataset.scale ?? '';
    const name = box.dataset.name ?? '';
    let t = templates.get(scale);
    if (!t) {
      t = (document.getElementById(`scale-${scale}`) as HTMLTemplateElement | null) ?? undefined;
      if (!t) continue;
      templates.set(scale, t);
    }
    const points = t.content.cloneNode(true) as DocumentFragment;
    Array.from(points.querySelectorAll('input')).forEach((input, i) => {
      input.name = name;
      input.id = `f-${name}-${i}`;
      const label = input.nextElementSibling;
      if (label instanceof HTMLLabelElement) label.htmlFor = input.id;
    });
    box.append(points);
    filled++;
  }
  return filled;
}
