/** Launch options shared by the Playwright tests, the benchmark and the screenshot script. */
export declare const chromiumLaunchOptions: { executablePath: string | undefined; args: string[] };
