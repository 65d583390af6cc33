// Save and resume, said where the respondent sees it: the note under the progress bar
// promises that answers are kept in this browser; when storage refuses them (private
// mode, a full quota, storage blocked) it says instead that they will be lost on close,
// and when only attached files did not fit, that those must be attached again.
import type { Texts } from './i18n.ts';
import type { SaveOutcome } from './storage.ts';

export function showSaving(key: SaveOutcome, texts: Texts): void {
  const note = document.getElementById('saved-note');
  if (!note) return;
  if (note.dataset.ui === key) return;
  note.dataset.ui = key;
  note.textContent = texts.ui(key);
  note.classList.toggle('problem', key !== 'saved');
}
