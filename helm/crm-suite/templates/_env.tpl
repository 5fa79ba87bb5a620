{{/*
Environment of a service container: what the CRM services read (libs/platform, libs/messaging, libs/security
microprofile-config.properties) plus the Quarkus keys for the per-service datasource. Secrets only by reference.
Context: (dict "root" $ "key" $key "svc" $svc)
*/}}
{{- define "crm.env" -}}
{{- $root := .root -}}
{{- $v := $root.Values -}}
{{- $svc := .svc -}}
- name: CRM_HTTP_HOST
  value: "0.0.0.0"
- name: QUARKUS_HTTP_PORT
  value: {{ $v.containerPorts.http | quote }}
- name: JAVA_TOOL_OPTIONS
  value: {{ printf "-XX:MaxRAMPercentage=%v %s" $v.jvm.maxRamPercentage $v.jvm.extraOptions | trim | quote }}
- name: CRM_OIDC_ISSUER
  value: {{ include "crm.oidcIssuer" $root | quote }}
- name: CRM_OIDC_AUDIENCE
  value: {{ $v.keycloak.audience | quote }}
- name: CRM_DEFAULT_COUNTRY
  value: {{ $v.defaultCountry | quote }}
- name: CRM_SHUTDOWN_DELAY
  value: {{ printf "%ds" (int $v.shutdown.delaySeconds) | quote }}
- name: CRM_SHUTDOWN_TIMEOUT
  value: {{ printf "%ds" (int $v.shutdown.timeoutSeconds) | quote }}
{{- with $v.telemetry.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- if $svc.database.enabled }}
{{- $secret := include "crm.databaseSecret" . }}
- name: QUARKUS_DATASOURCE_REACTIVE_URL
  value: {{ include "crm.databaseUrl" (dict "root" $root "svc" $svc "kind" "reactive") | quote }}
- name: QUARKUS_DATASOURCE_JDBC_URL
  value: {{ include "crm.databaseUrl" (dict "root" $root "svc" $svc "kind" "jdbc") | quote }}
- name: CRM_DB_POOL_SIZE
  value: {{ $v.postgresql.poolSize | quote }}
- name: QUARKUS_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $svc.database.usernameKey }}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $svc.database.passwordKey }}
{{- end }}
{{- if $svc.kafka.enabled }}
{{- $protocol := $v.kafka.securityProtocol }}
{{- $delays := list }}
{{- range $v.kafka.strimzi.topics.retryDelaysMs }}
{{- $delays = append $delays (toString (int64 .)) }}
{{- end }}
- name: CRM_KAFKA_BOOTSTRAP_SERVERS
  value: {{ $v.kafka.bootstrapServers | quote }}
# the delays of the consumers' retry topics, the same as the KafkaTopics (libs/messaging: crm.messaging.retry-delays)
- name: CRM_MESSAGING_RETRY_DELAYS
  value: {{ join "," $delays | quote }}
- name: KAFKA_SECURITY_PROTOCOL
  value: {{ $protocol | quote }}
{{- if hasPrefix "SASL_" $protocol }}
- name: KAFKA_SASL_MECHANISM
  value: {{ $v.kafka.saslMechanism | quote }}
- name: KAFKA_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ include "crm.kafkaSecret" . }}
      key: {{ $v.kafka.jaasConfigKey }}
{{- end }}
{{- if and (hasSuffix "SSL" $protocol) $v.kafka.tls.caSecret }}
- name: KAFKA_SSL_TRUSTSTORE_TYPE
  value: PEM
- name: KAFKA_SSL_TRUSTSTORE_CERTIFICATES
  valueFrom:
    secretKeyRef:
      name: {{ $v.kafka.tls.caSecret }}
      key: {{ $v.kafka.tls.caSecretKey }}
{{- end }}
{{- end }}
{{- if $svc.smtp.enabled }}
- name: CRM_SMTP_HOST
  value: {{ $v.smtp.host | quote }}
- name: CRM_SMTP_PORT
  value: {{ $v.smtp.port | quote }}
- name: QUARKUS_MAILER_START_TLS
  value: {{ $v.smtp.startTls | quote }}
{{- with $v.smtp.from }}
- name: QUARKUS_MAILER_FROM
  value: {{ . | quote }}
{{- end }}
{{- with $v.smtp.existingSecret }}
- name: QUARKUS_MAILER_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $v.smtp.usernameKey }}
- name: QUARKUS_MAILER_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $v.smtp.passwordKey }}
{{- end }}
{{- end }}
{{- if include "crm.directoryEnabled" . }}
- name: CRM_KEYCLOAK_URL
  value: {{ trimSuffix "/" $v.keycloak.url | quote }}
- name: CRM_KEYCLOAK_REALM
  value: {{ $v.keycloak.realm | quote }}
- name: CRM_DIRECTORY_CLIENT_ID
  value: {{ $svc.directory.clientId | quote }}
- name: CRM_DIRECTORY_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "crm.directorySecret" . }}
      key: {{ $svc.directory.secretKey }}
{{- end }}
{{- if eq .key "gateway" }}
{{- range $key, $other := $v.services }}
{{- if and $other.enabled (ne $key "gateway") }}
- name: {{ printf "CRM_%s_URL" (snakecase $key | upper) }}
  value: {{ printf "http://%s:%d" (include "crm.serviceFullname" (dict "root" $root "key" $key)) (int $v.service.ports.http) | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- with $svc.extraEnvVars }}
{{ toYaml . }}
{{- end }}
{{- end -}}
