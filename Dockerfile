# One image for every role: `docker run vnnews <command>` runs `vnnews <command>`
# (migrate, schedule --watch, worker, serve, crawl, search, export, …).
# The CLI runs its TypeScript through tsx, so there is no build step.
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    DOTENV_CONFIG_QUIET=true \
    DATA_DIR=/var/lib/vnnews \
    HOST=0.0.0.0 \
    PORT=8080

WORKDIR /app

# Dependencies first, so a code change does not reinstall them. tsx is a runtime dependency.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .

# The embedded database (when no DATABASE_URL is given) and other local state live here.
RUN mkdir -p /var/lib/vnnews && chown node:node /var/lib/vnnews
USER node

EXPOSE 8080
ENTRYPOINT ["node", "bin/vnnews.js"]
CMD ["--help"]
