// File, geopoint and signature questions in the browser. Each keeps its answer as JSON in a
// hidden input named after the question (the form reads and restores it like any control):
// - file: the picked file is checked against its size and types before it is read, then
//   stored as { name, type, size, content } with the content as a data URL;
// - geopoint: the device's position (navigator.geolocation) or typed coordinates, stored as
//   { lat, lon, accuracy?, source };
// - signature: strokes drawn on the canvas with a pointer, or a typed name drawn for the
//   respondent (the keyboard way), stored as a PNG data URL; a clear button empties it.
// Every message is written with textContent. Listeners on typed fields run in the capture
// phase, so the hidden answer is up to date before the form reads it.
import type { RuntimeData } from './data.ts';

type Params = { n?: string | number; total?: string | number; label?: string };

export class AnswerTypes {
  constructor(
    private root: Document,
    private data: RuntimeData,
  ) {}

  private get lang(): string {
    return this.root.documentElement.lang || this.data.defaultLanguage;
  }

  private ui(key: string, p: Params = {}): string {
    const t = this.data.ui[key];
    const s = t?.[this.lang] ?? t?.[this.data.defaultLanguage] ?? key;
    return s.replace(/\{(n|total|label)\}/g, (_, k: keyof Params) => String(p[k] ?? ''));
  }

  private text(key: string): string {
    const e = this.data.texts[key];
    const t = typeof e === 'string' ? this.data.texts[e] : e;
    return t && typeof t !== 'string' ? (t[this.lang] ?? t[this.data.defaultLanguage] ?? '') : '';
  }

  /** Message state per status element, so a language switch can rewrite it. */
  private said = new Map<HTMLElement, { key: string; p?: Params }>();

  private say(el: HTMLElement | null, key?: string, p?: Params): void {
    if (!el) return;
    if (key) this.said.set(el, { key, p });
    else this.said.delete(el);
    el.textContent = key ? this.ui(key, p) : '';
  }

  private store(box: Element): HTMLInputElement {
    return box.querySelector<HTMLInputElement>('input[data-json]')!;
  }

  /** Sets the answer and tells the form (an `input` event on the hidden control). */
  private answer(box: Element, value: unknown, notify = true): void {
    const input = this.store(box);
    input.value = value === undefined ? '' : JSON.stringify(value);
    if (notify) input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  private stored(box: Element): unknown {
    const raw = this.store(box).value;
    try {
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return undefined;
    }
  }

  start(): void {
    this.root.querySelectorAll<HTMLElement>('[data-upload]').forEach((b) => this.initUpload(b));
    this.root.querySelectorAll<HTMLElement>('[data-geopoint]').forEach((b) => this.initGeopoint(b));
    this.root.querySelectorAll<HTMLElement>('[data-signature]').forEach((b) => this.initSignature(b));
    // After the form's own handler has switched the page language.
    this.root.getElementById('lang')?.addEventListener('change', () => this.relabel());
    this.relabel();
  }

  /** Alt texts and status messages in the page language. */
  relabel(): void {
    this.root.querySelectorAll<HTMLImageElement>('img[data-alt]').forEach((img) => (img.alt = this.text(img.dataset.alt ?? '')));
    for (const [el, m] of this.said) el.textContent = this.ui(m.key, m.p);
  }

  // ------------------------------------------------------------------ files
  private initUpload(box: HTMLElement): void {
    const picker = box.querySelector<HTMLInputElement>('input[type="file"]')!;
    const status = box.querySelector<HTMLElement>('.upload-status');
    const remove = box.querySelector<HTMLButtonElement>('.upload-clear')!;
    const max = Number(box.dataset.max) || Infinity;
    const accept = (box.dataset.accept ?? '').split(',').filter(Boolean);
    const show = () => {
      const v = this.stored(box) as { name?: string; size?: number } | undefined;
      if (v?.name) this.say(status, 'fileChosen', { label: v.name, n: bytes(v.size ?? 0) });
      else if (this.said.get(status!)?.key === 'fileChosen') this.say(status);
      remove.hidden = !v;
    };
    picker.addEventListener('change', () => {
      const f = picker.files?.[0];
      if (!f) return;
      const refuse = (key: string, p: Params) => {
        picker.value = '';
        this.answer(box, undefined);
        this.say(status, key, p);
        remove.hidden = true;
      };
      if (f.size > max) return refuse('fileTooBig', { label: f.name, n: bytes(f.size), total: bytes(max) });
      if (accept.length && !accepts(accept, f)) return refuse('fileType', { label: f.name, n: accept.join(', ') });
      const reader = new FileReader();
      reader.onload = () => {
        this.answer(box, { name: f.name, type: f.type || 'application/octet-stream', size: f.size, content: String(reader.result) });
        show();
      };
      reader.onerror = () => refuse('fileReadFailed', {});
      reader.readAsDataURL(f);
    });
    remove.addEventListener('click', () => {
      picker.value = '';
      this.answer(box, undefined);
      this.say(status);
      show();
      picker.focus();
    });
    show();
  }

  // --------------------------------------------------------------- geopoint
  private initGeopoint(box: HTMLElement): void {
    const status = box.querySelector<HTMLElement>('.geo-status');
    const field = (part: string) => box.querySelector<HTMLInputElement>(`input[id$="-${part}"]`)!;
    const [lat, lon, acc] = [field('lat'), field('lon'), field('acc')];
    const fill = (v: { lat?: number; lon?: number; accuracy?: number } | undefined) => {
      lat.value = v?.lat === undefined ? '' : String(v.lat);
      lon.value = v?.lon === undefined ? '' : String(v.lon);
      acc.value = v?.accuracy === undefined ? '' : String(v.accuracy);
    };
    const typed = () => {
      const [y, x, a] = [lat, lon, acc].map((i) => (i.value.trim() === '' ? undefined : Number(i.value)));
      if (y === undefined && x === undefined) {
        this.answer(box, undefined, false);
        this.say(status);
        return;
      }
      const ok = y !== undefined && x !== undefined && Math.abs(y) <= 90 && Math.abs(x) <= 180 && (a === undefined || a >= 0);
      if (!ok || [y, x, a].some((n) => n !== undefined && !Number.isFinite(n))) {
        this.answer(box, undefined, false);
        this.say(status, 'geoInvalid');
        return;
      }
      this.answer(box, { lat: y, lon: x, ...(a === undefined ? {} : { accuracy: a }), source: 'manual' }, false);
      this.say(status);
    };
    for (const i of [lat, lon, acc]) i.addEventListener('input', typed, true);
    box.querySelector<HTMLButtonElement>('.geo-locate')!.addEventListener('click', () => {
      if (!('geolocation' in navigator)) return this.say(status, 'geoFailed', { label: '—' });
      this.say(status, 'geoLocating');
      navigator.geolocation.getCurrentPosition(
        (pos) => {
          const v = {
            lat: round(pos.coords.latitude, 7),
            lon: round(pos.coords.longitude, 7),
            accuracy: round(pos.coords.accuracy, 1),
            source: 'device',
          };
          fill(v);
          this.answer(box, v);
          this.say(status, 'geoFound', { label: `${v.lat}, ${v.lon}`, n: Math.round(v.accuracy) });
        },
        (err) => {
          this.say(status, 'geoFailed', { label: err.message || String(err.code) });
          lat.focus();
        },
        { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 },
      );
    });
    fill(this.stored(box) as never);
  }

  // -------------------------------------------------------------- signature
  private initSignature(box: HTMLElement): void {
    const canvas = box.querySelector<HTMLCanvasElement>('canvas')!;
    const typedName = box.querySelector<HTMLInputElement>('.sig-typed input')!;
    const g = canvas.getContext('2d');
    if (!g) return;
    const ink = () => {
      g.strokeStyle = g.fillStyle = '#111';
      g.lineWidth = 3;
      g.lineCap = g.lineJoin = 'round';
    };
    const wipe = () => g.clearRect(0, 0, canvas.width, canvas.height);
    const save = () => this.answer(box, canvas.toDataURL('image/png'));
    const at = (e: PointerEvent) => {
      const r = canvas.getBoundingClientRect();
      return [((e.clientX - r.left) * canvas.width) / (r.width || 1), ((e.clientY - r.top) * canvas.height) / (r.height || 1)];
    };
    let drawing = false;
    canvas.addEventListener('pointerdown', (e) => {
      if (typedName.value) {
        typedName.value = '';
        wipe();
      }
      drawing = true;
      canvas.setPointerCapture?.(e.pointerId);
      ink();
      const [x, y] = at(e);
      g.beginPath();
      g.moveTo(x, y);
      g.lineTo(x + 0.1, y + 0.1);
      g.stroke();
      e.preventDefault();
    });
    canvas.addEventListener('pointermove', (e) => {
      if (!drawing) return;
      const [x, y] = at(e);
      g.lineTo(x, y);
      g.stroke();
    });
    const end = () => {
      if (!drawing) return;
      drawing = false;
      save();
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    typedName.addEventListener(
      'input',
      () => {
        wipe();
        const name = typedName.value.trim();
        if (!name) return this.answer(box, undefined, false);
        ink();
        g.font = `italic 56px "Segoe Script", "Brush Script MT", cursive`;
        g.textBaseline = 'middle';
        g.fillText(name, 24, canvas.height / 2, canvas.width - 48);
        this.answer(box, canvas.toDataURL('image/png'), false);
      },
      true,
    );
    box.querySelector<HTMLButtonElement>('.sig-clear')!.addEventListener('click', () => {
      wipe();
      typedName.value = '';
      this.answer(box, undefined);
    });
    // A restored signature is drawn back (a data: image, allowed by the page's policy).
    const saved = this.stored(box);
    if (typeof saved === 'string' && saved.startsWith('data:image/png;base64,')) {
      const img = new Image();
      img.onload = () => g.drawImage(img, 0, 0, canvas.width, canvas.height);
      img.src = saved;
    }
  }
}

/** True when a file matches one of the accepted MIME types, `type/*` patterns or extensions. */
function accepts(accept: string[], f: { name: string; type: string }): boolean {
  const name = f.name.toLowerCase();
  const type = f.type.toLowerCase();
  return accept.some((a) => (a.startsWith('.') ? name.endsWith(a) : a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a));
}

function bytes(n: number): string {
  const units: Array<[string, number]> = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ];
  for (const [u, f] of units) if (n >= f) return `${Number((n / f).toFixed(1))} ${u}`;
  return `${n} B`;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
