/**
 * A local web server for the Firefox tests: the page the e2e bridge starts from (`/open`),
 * and ordinary web pages to right-click (`/article`: a canonical link, a link, an image).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestSite {
  url: string;
  close(): Promise<void>;
}

export const ARTICLE_CANONICAL = 'https://www.instagram.com/p/C0ffee123/';
export const ARTICLE_LINK = 'https://www.tiktok.com/@panelpilot/video/7301234567890123456';

const PAGES = new Map<string, string>([
  ['/open', '<!doctype html><title>Opening PanelPilot…</title><p>Opening PanelPilot…</p>'],
  [
    '/article',
    `<!doctype html><html lang="en"><head><title>A post worth boosting</title>
<link rel="canonical" href="${ARTICLE_CANONICAL}"></head>
<body><h1>A post worth boosting</h1><p><a href="${ARTICLE_LINK}">Our video</a></p></body></html>`,
  ],
]);

export async function startSite(): Promise<TestSite> {
  const server = createServer((req, res) => {
    const page = PAGES.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? '<!doctype html><title>Not found</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
