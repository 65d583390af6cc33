// Fills each rating scale from its <template>: the emitter writes a scale's points once and
// every question that uses it an empty `.scale[data-scale][data-name]`. Each clone's radios
// get the question's name and the id their label points to, `f-<name>-<i>`.
export function fillScales(root: Document): void {
  const templates = new Map<string, HTMLTemplateElement>();
  for (const box of Array.from(root.querySelectorAll<HTMLElement>('.scale[data-scale]'))) {
    const scale = box.dataset.scale ?? '';
    const name = box.dataset.name ?? '';
    let t = templates.get(scale);
    if (!t) {
      t = (root.getElementById(`scale-${scale}`) as HTMLTemplateElement | null) ?? undefined;
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
  }
}
