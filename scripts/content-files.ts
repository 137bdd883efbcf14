import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Reads every file under a folder into a map keyed by its path relative to `root`, with `/` separators. */
export function readTree(root: string, folder: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
		}
	};
	walk(join(root, folder));
	return files;
}
