// What an exporter could not carry over into its format: each note names the
// format, the element (question, score, option) and why, so `survey build` can
// print it instead of dropping the construct silently.
export interface ExportNote {
  format: string;
  element: string;
  message: string;
}

export class Notes {
  readonly list: ExportNote[] = [];
  constructor(readonly format: string) {}
  add(element: string, message: string): void {
    this.list.push({ format: this.format, element, message });
  }
}

/** Thrown by a condition printer for a construct the target language lacks. */
export class Unmappable extends Error {}
