# DEMO ONLY - not for production.
#
# One image recipe for every Spring Boot app of the reference implementation. It does not build anything:
# it packages the runnable jar that Maven already built (run `./mvnw package -DskipTests` first).
# Build context: the repository root (docker/compose.yaml sets `context: ..`); Dockerfile.app.dockerignore
# keeps that context down to the three runnable jars.
#
#   JAR   path of the runnable jar relative to the repository root, e.g. midoffice/target/midoffice-*-exec.jar
#         (a wildcard must match exactly one file: run `./mvnw clean package -DskipTests` after a version bump)
#   PORT  the HTTP port the app listens on (documentation only: EXPOSE)
FROM eclipse-temurin:17-jre

# curl for the health checks in compose.yaml
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# run as an unprivileged user; /app is its working directory (and writable, should an app keep files there)
RUN groupadd --system app \
    && useradd --system --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app \
    && mkdir /app \
    && chown app:app /app
WORKDIR /app

ARG JAR
COPY ${JAR} /app/app.jar

ARG PORT=8080
EXPOSE ${PORT}

USER app
# JAVA_TOOL_OPTIONS (environment) adds JVM options without changing this line
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
