# ---- build ----
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
# Wrapper and pom first, so the dependency layer is reused while only src/ changes.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package

# ---- runtime ----
FROM eclipse-temurin:25-jre
ARG JAR_FILE=target/apirnet-portal-0.1.0-SNAPSHOT.jar
RUN groupadd --system apirnet \
 && useradd --system --gid apirnet --home-dir /app --no-create-home --shell /usr/sbin/nologin apirnet \
 && mkdir -p /app/data \
 && chown apirnet:apirnet /app/data
WORKDIR /app
# The jar stays root-owned: the portal user can read it but not replace it.
COPY --from=build /build/${JAR_FILE} /app/app.jar
ENV APIRNET_DATA_DIR=/app/data
USER apirnet
# Declared after the chown so a fresh named volume starts out owned by apirnet.
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/app.jar"]
