// Delivering the response: POST to the submit URL (a failure keeps everything and
// says so) or a JSON download.

/** What became of a POST: delivered, refused by the server (its status), or never reached it. */
export interface Delivery {
  ok: boolean;
  status?: number;
}

export async function post(url: string, body: string): Promise<Delivery> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    return { ok: res.ok, status: res.status };
  } catch {
    return { ok: false };
  }
}

export function download(fileName: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
