# The diplograph server, for Docker Compose (docker-compose.yml) and container platforms.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
RUN npm ci --no-audit --no-fund

FROM node:22-bookworm-slim
WORKDIR /app
# 0.0.0.0 inside the container only: docker-compose.yml publishes the port on the host's loopback,
# and the server answers only the Host names in ALLOWED_HOSTS. NODE_ENV=production turns
# introspection off (API_INTROSPECTION=true turns it back on).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY cypher ./cypher
COPY schema ./schema
COPY web ./web
COPY examples ./examples
# run as the image's unprivileged user, not root
USER node
EXPOSE 4000
CMD ["node", "bin/diplograph.js", "serve", "--no-local"]
