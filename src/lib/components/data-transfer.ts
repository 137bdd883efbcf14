import { app } from './app.svelte';

/** Today's date as YYYY-MM-DD, for file names. */
function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** Offers a text as a file download. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads everything saved in this browser as one JSON file. */
export async function exportEverything(): Promise<void> {
	const store = await app.start();
	const [{ serializeExport }, file] = await Promise.all([
		import('$lib/persistence/export-envelope'),
		store.exportFile()
	]);
	downloadText(`ssm-trainer-progress-${today()}.json`, serializeExport(file));
}
