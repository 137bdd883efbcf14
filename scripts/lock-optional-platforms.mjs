// Some optional, platform-specific packages that Paraglide's dependencies list (for macOS, Windows
// and ARM builds) are not published on the registry these machines use. `npm install` then leaves
// them out of package-lock.json and `npm ci` refuses the lock as out of sync. This script records
// each missing one in the lock with its platform, so that `npm ci` accepts the lock and skips them
// on this platform, exactly as it skips the published ones. Run it after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const platformOf = (name) => {
	const os = /darwin/.test(name) ? 'darwin' : /win32/.test(name) ? 'win32' : /linux/.test(name) ? 'linux' : undefined;
	const cpu = /arm64/.test(name) ? 'arm64' : /x64/.test(name) ? 'x64' : undefined;
	const libc = /musl/.test(name) ? 'musl' : /gnu/.test(name) ? 'glibc' : undefined;
	return { os, cpu, libc };
};

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		const key = `node_modules/${name}`;
		if (lock.packages[key]) continue;
		const { os, cpu, libc } = platformOf(name);
		if (!os || !cpu)
			throw new Error(`${name} (optional dependency of ${path}) is missing and is not platform-specific`);
		lock.packages[key] = {
			version,
			dev: entry.dev || undefined,
			optional: true,
			os: [os],
			cpu: [cpu],
			...(libc ? { libc: [libc] } : {})
		};
		added++;
	}
}
lock.packages = Object.fromEntries(
	Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1))
);
writeFileSync(lockPath, JSON.stringify(lock, null, '\t') + '\n');
console.log(`recorded ${added} unpublished optional platform package(s) in package-lock.json`);
