// A static file server for dist/: used by `make serve` and by the end-to-end tests, which mount
// dist/ under a sub-path (/some/sub/dir/) to prove that the build uses relative URLs only.
// Usage: node tests/e2e/serve.mjs <dir> <port> [prefix]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain",
};

/** Serves `root` at `prefix` on 127.0.0.1:`port` (0 = any). Resolves to { url, port, close }. */
export function startServer({ root, port = 0, prefix = "/" }) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) {
      if (rel + "/" === prefix) { res.writeHead(301, { location: prefix }); return res.end(); }
      res.writeHead(404); return res.end("not found");
    }
    rel = rel.slice(prefix.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(base, rel);
    if (!file.startsWith(base + path.sep)) { res.writeHead(403); return res.end(); }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404); return res.end("not found"); }
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "cache-control": "no-cache",
      });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const p = server.address().port;
      resolve({ url: `http://127.0.0.1:${p}${prefix}`, port: p, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = "dist", port = "8080", prefix = "/"] = process.argv.slice(2);
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error(`${dir}/index.html is missing: build first (make dist)`);
    process.exit(1);
  }
  startServer({ root: dir, port: Number(port), prefix }).then((s) => console.log(`serving ${dir} at ${s.url}`));
}
