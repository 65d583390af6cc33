// Runs inside Chromium (bundled by odk-engine.ts): loads an XForm into ODK's own
// engine, @getodk/xforms-engine, and exposes a small driver on `window.odk` to
// answer fields by path and read their relevance, validity and options.
import { createInstance } from '@getodk/xforms-engine';

interface EngineNode {
  nodeType: string;
  currentState: {
    reference: string;
    relevant: boolean;
    required: boolean;
    value: unknown;
    children: readonly EngineNode[] | null;
    valueOptions: unknown;
  };
  validationState: { constraint?: { valid: boolean }; required?: { valid: boolean } };
  setValue?(v: unknown): void;
  selectValue?(v: string | null): void;
  selectValues?(v: readonly string[]): void;
}

let root: EngineNode & { languages: readonly { language: string }[]; setLanguage(l: unknown): void };

function all(n: EngineNode, out: EngineNode[] = []): EngineNode[] {
  out.push(n);
  for (const c of n.currentState.children ?? []) all(c, out);
  return out;
}

function node(ref: string): EngineNode {
  const hit = all(root).find((n) => n.currentState.reference === ref);
  if (!hit) throw new Error(`no node ${ref}`);
  return hit;
}

const odk = {
  async load(xml: string): Promise<string[]> {
    const instance = await createInstance(xml as `<${string}`);
    root = instance.root as unknown as typeof root;
    return all(root).map((n) => `${n.currentState.reference}:${n.nodeType}`);
  },
  set(ref: string, value: string | string[]): void {
    const n = node(ref);
    if (n.nodeType === 'select' && Array.isArray(value)) n.selectValues!(value);
    else if (n.nodeType === 'select') n.selectValue!(value as string);
    else n.setValue!(value);
  },
  /** Every node now (repeat instances come and go with their counts). */
  refs: () => all(root).map((n) => `${n.currentState.reference}:${n.nodeType}`),
  value: (ref: string) => String(node(ref).currentState.value ?? ''),
  relevant: (ref: string) => node(ref).currentState.relevant,
  required: (ref: string) => node(ref).currentState.required,
  valid(ref: string): boolean {
    const v = node(ref).validationState;
    return (v.constraint?.valid ?? true) && (v.required?.valid ?? true);
  },
  options(ref: string): string[] {
    const o = node(ref).currentState.valueOptions as { value: string }[];
    return o.map((i) => i.value);
  },
  label(ref: string): string {
    const l = (node(ref).currentState as unknown as { label: { asString: string } | null }).label;
    return l?.asString ?? '';
  },
  languages: () => root.languages.map((l) => l.language),
  setLanguage(name: string): void {
    root.setLanguage(root.languages.find((l) => l.language === name));
  },
};

(globalThis as unknown as { odk: typeof odk }).odk = odk;
