// Save and resume, said where the respondent sees it: the note under the progress bar
// promises that answers are kept in this browser; when storage refuses them (private
// mode, a full quota, storage blocked) it says instead that they will be lost on close.
import type { Texts } from './i18n.ts';

export function showSaving(ok: boolean, texts: Texts): void {
  const note = document.getElementById('saved-note');
  if (!note) return;
  const key = ok ? 'saved' : 'notSaved';
  if (note.dataset.ui === key) return;
  note.dataset.ui = key;
  note.textContent = texts.ui(key);
  note.classList.toggle('problem', !ok);
}
