# Production image: build the client in one stage, run the server as a non-root user in the next.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY scripts scripts
COPY prisma prisma
COPY prisma.config.ts tsconfig.base.json ./
COPY server/src/db/pg-pool.ts server/src/db/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY scripts scripts
COPY prisma prisma
COPY prisma.config.ts tsconfig.base.json ./
COPY server/src/db/pg-pool.ts server/src/db/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/client/dist client/dist
COPY shared shared
COPY server server
COPY samples samples
RUN chown -R node:node /app/server/src/db/generated
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations run at start-up (advisory-locked, so several instances may start together).
CMD ["node", "--import", "tsx", "server/src/main.ts"]
