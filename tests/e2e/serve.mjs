// A static file server for dist/: used by `make serve` and by the end-to-end tests, which mount
// dist/ under a sub-path (/some/sub/dir/) to prove that the build uses relative URLs only.
// Like any static host or CDN, it sends text and WASM gzip-compressed to browsers that accept it
// (the transfer sizes `make bench` reports and Lighthouse simulates are the compressed ones).
// Usage: node tests/e2e/serve.mjs <dir> <port> [prefix]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain",
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".svg", ".json", ".webmanifest", ".txt"]);
const gzipped = new Map(); // file → { mtime, body }: each file is compressed once per version

function gzipOf(file, body) {
  const mtime = fs.statSync(file).mtimeMs;
  const hit = gzipped.get(file);
  if (hit && hit.mtime === mtime) return hit.body;
  const gz = zlib.gzipSync(body, { level: 9 });
  gzipped.set(file, { mtime, body: gz });
  return gz;
}

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
      const headers = { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "cache-control": "no-cache", vary: "accept-encoding" };
      if (COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        body = gzipOf(file, body);
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(200, headers);
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
