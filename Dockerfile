# Kindling: the one Dockerfile of the four JVM-mode images (Quarkus fast-jar), one per service module.
# Build from the repository root after packaging, naming the module and its port:
#   ./mvnw -B package -DskipTests
#   docker build --build-arg SERVICE=hub-service --build-arg PORT=8081 -t kindling/hub-service:1.0.0-SNAPSHOT .
# docker-compose.yml passes the same arguments; the root .dockerignore lets only */target/quarkus-app/ in.
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21

# The module to package (hub-service, startup-service, funding-service, gateway) and the port it
# listens on by default (quarkus.http.port in its application.properties).
ARG SERVICE
ARG PORT

ENV LANGUAGE='en_US:en'

# Four layers, least to most often changed: dependencies, the runner jar, the app, Quarkus' own files.
COPY --chown=185 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 ${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/

# Kept in the image so that the health check (which runs later, in a shell) knows the port.
ENV HEALTH_PORT=${PORT}
EXPOSE ${PORT}
# 185 is the image's unprivileged "default" user; the process never runs as root.
USER 185

ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"

# ubi9-minimal (the base of this image) ships curl-minimal, so the check needs no extra package.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:${HEALTH_PORT}/q/health/ready || exit 1

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
