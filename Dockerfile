# Multi-stage image for WatNu. The build stage runs the same commands as CI
# (npm ci, build, content check); the runtime stage runs the same start
# command as the README (`npm start`, without rebuilding), as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY scripts ./scripts
RUN npm ci
COPY . .
RUN npm run build && npm run check && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3978 \
    DATA_DIR=/data
COPY --from=build --chown=node:node /app/package.json /app/.npmrc ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/dialogs ./dialogs
COPY --from=build --chown=node:node /app/plans ./plans
COPY --from=build --chown=node:node /app/calamity ./calamity
COPY --from=build --chown=node:node /app/triage ./triage
COPY --from=build --chown=node:node /app/schools ./schools
COPY --from=build --chown=node:node /app/locales ./locales
COPY --from=build --chown=node:node /app/docs/sources ./docs/sources
COPY --from=build --chown=node:node /app/src/channels/web/static ./src/channels/web/static
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3978
# Binding beyond loopback (HOST=0.0.0.0) requires MicrosoftAppId, MicrosoftAppPassword
# and WEB_SHARED_SECRET; WatNu refuses to start otherwise.
CMD ["npm", "start", "--ignore-scripts"]
