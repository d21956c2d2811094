// Keeps the page working offline once it has loaded: every asset is cached at install, and
// each request goes to the network first (so a rebuilt checker is picked up) and falls back
// to the cached copy when there is no network.
const CACHE = "factlint-v1";
const ASSETS = [
  "./",
  "index.html",
  "app.js",
  "style.css",
  "pkg/factlint_wasm.js",
  "pkg/factlint_wasm_bg.wasm",
  "pkg/seed/facts.yaml",
  "pkg/seed/story.txt",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })),
  );
});
