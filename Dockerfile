# syntax=docker/dockerfile:1

# ---- build: install all deps, compile TypeScript, drop dev deps ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Puppeteer (used by whatsapp-web.js) must not download its own Chrome;
# .puppeteerrc.cjs says so too, this is belt and braces.
ENV PUPPETEER_SKIP_DOWNLOAD=true
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev

# ---- runtime ----
FROM node:20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-noto-core ca-certificates tini \
 && rm -rf /var/lib/apt/lists/*
# The bot's live heap is small (a 100k broadcast runs in a 128 MB old space, see
# bench/broadcast.ts): a cap keeps V8 from growing the heap lazily on a shared host.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=256 \
    PUPPETEER_SKIP_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium
WORKDIR /app
COPY --from=build /app/package.json /app/.puppeteerrc.cjs ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/locales ./locales
# Everything the bot writes (WhatsApp session, exports, ...) goes under /app/data.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
ENTRYPOINT ["tini", "--"]
CMD ["node", "dist/src/main.js"]
