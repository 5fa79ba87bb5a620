{{/*
Names and labels shared by every template. A service is addressed as a context dict:
  (dict "root" $ "key" "leadService" "svc" .Values.services.leadService)
*/}}

{{- define "crm.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "crm.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Annotations of resources that hold data: kept by helm uninstall unless keepDataOnUninstall is false. */}}
{{- define "crm.dataAnnotations" -}}
{{- toJson (ternary (dict "helm.sh/resource-policy" "keep") (dict) .Values.keepDataOnUninstall) -}}
{{- end -}}

{{- define "crm.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The service name: the values key in kebab-case (leadService -> lead-service). */}}
{{- define "crm.serviceName" -}}
{{- kebabcase .key -}}
{{- end -}}

{{/* Resource name of a service: <fullname>-<service>. */}}
{{- define "crm.serviceFullname" -}}
{{- printf "%s-%s" (include "crm.fullname" .root) (include "crm.serviceName" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels (immutable): name + instance only. For a service the name is the service's own name. */}}
{{- define "crm.selectorLabels" -}}
app.kubernetes.io/name: {{ include "crm.serviceName" . }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Kubernetes recommended labels. Context: root, and either key (a service) or name + component (anything else). */}}
{{- define "crm.labels" -}}
{{- $root := .root -}}
{{- if .key -}}
{{ include "crm.selectorLabels" . }}
app.kubernetes.io/component: {{ ternary "gateway" "service" (eq .key "gateway") }}
{{- else -}}
app.kubernetes.io/name: {{ .name | default (include "crm.name" $root) }}
app.kubernetes.io/instance: {{ $root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
app.kubernetes.io/version: {{ $root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: {{ include "crm.name" $root }}
app.kubernetes.io/managed-by: {{ $root.Release.Service }}
helm.sh/chart: {{ include "crm.chart" $root }}
{{- with $root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* metadata.annotations (at indent 2) with the common annotations merged in, or nothing.
Context: root, annotations (optional). Use right after the labels: {{- include "crm.annotations" (...) }} */}}
{{- define "crm.annotations" -}}
{{- $all := merge (dict) (.annotations | default dict) .root.Values.commonAnnotations -}}
{{- with $all }}
  annotations:
    {{- toYaml . | nindent 4 }}
{{- end }}
{{- end -}}

{{/* Image reference: registry/repository:tag, or @digest. The tag defaults to the chart's appVersion; never latest. */}}
{{- define "crm.image" -}}
{{- $image := .svc.image -}}
{{- $registry := .root.Values.global.imageRegistry | default $image.registry -}}
{{- $repository := ternary (printf "%s/%s" $registry $image.repository) $image.repository (ne $registry "") -}}
{{- $tag := $image.tag | default .root.Chart.AppVersion | toString -}}
{{- if eq $tag "latest" -}}
{{- fail (printf "services.%s.image.tag: 'latest' is not allowed; pin a version or a digest" .key) -}}
{{- end -}}
{{- if $image.digest -}}
{{- printf "%s@%s" $repository $image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository $tag -}}
{{- end -}}
{{- end -}}

{{/* Name of the ServiceAccount of a service. */}}
{{- define "crm.serviceAccountName" -}}
{{- ternary (include "crm.serviceFullname" .) "default" .root.Values.serviceAccount.create -}}
{{- end -}}

{{/* Secret holding a service's database user name and password. */}}
{{- define "crm.databaseSecret" -}}
{{- .svc.database.existingSecret | default (printf "%s-db" (include "crm.serviceFullname" .)) -}}
{{- end -}}

{{/* Secret holding the client secret of a service's user-directory client (services.<key>.directory). */}}
{{- define "crm.directorySecret" -}}
{{- .svc.directory.existingSecret | default (printf "%s-directory" (include "crm.serviceFullname" .)) -}}
{{- end -}}

{{/* Whether a service has the user directory (the block is optional: contactService and leadService have one). */}}
{{- define "crm.directoryEnabled" -}}
{{- if dig "directory" "enabled" false .svc }}true{{ end -}}
{{- end -}}

{{/* KafkaUser of a service; also the Secret the Strimzi User Operator writes its credentials to. */}}
{{- define "crm.kafkaUser" -}}
{{- include "crm.serviceFullname" . -}}
{{- end -}}

{{- define "crm.kafkaSecret" -}}
{{- .svc.kafka.existingSecret | default (include "crm.kafkaUser" .) -}}
{{- end -}}

{{- define "crm.postgresqlHost" -}}
{{- .Values.postgresql.host | default (printf "%s-rw" .Values.postgresql.cnpg.clusterName) -}}
{{- end -}}

{{/* URLs of a service's database: "reactive" or "jdbc". Context: root, svc, kind. */}}
{{- define "crm.databaseUrl" -}}
{{- $pg := .root.Values.postgresql -}}
{{- $query := ternary (printf "?%s" $pg.urlParameters) "" (ne $pg.urlParameters "") -}}
{{- $prefix := ternary "jdbc:postgresql" "postgresql" (eq .kind "jdbc") -}}
{{- printf "%s://%s:%d/%s%s" $prefix (include "crm.postgresqlHost" .root) (int $pg.port) .svc.database.name $query -}}
{{- end -}}

{{- define "crm.oidcIssuer" -}}
{{- printf "%s/realms/%s" (trimSuffix "/" .Values.keycloak.url) .Values.keycloak.realm -}}
{{- end -}}

{{/* An httpGet probe on the http port. Context: probe values. */}}
{{- define "crm.probe" -}}
httpGet:
  path: {{ .path }}
  port: http
initialDelaySeconds: {{ .initialDelaySeconds }}
periodSeconds: {{ .periodSeconds }}
timeoutSeconds: {{ .timeoutSeconds }}
failureThreshold: {{ .failureThreshold }}
successThreshold: {{ .successThreshold }}
{{- end -}}

{{/* Keys of the enabled services, in key order. Usage: fromJsonArray (include "crm.enabledServiceKeys" $) */}}
{{- define "crm.enabledServiceKeys" -}}
{{- $keys := list -}}
{{- range $key, $svc := .Values.services -}}
{{- if $svc.enabled -}}
{{- $keys = append $keys $key -}}
{{- end -}}
{{- end -}}
{{- toJson $keys -}}
{{- end -}}

{{/* Kafka topics of the enabled services: every topic they produce or consume, and per consumer its retry and
dead-letter topics. A JSON object: topic name -> kind, partitions, config. */}}
{{- define "crm.kafkaTopics" -}}
{{- $root := . -}}
{{- $topics := dict -}}
{{- $cfg := .Values.kafka.strimzi.topics -}}
{{- range $key, $svc := .Values.services -}}
{{- if and $svc.kafka.enabled $svc.enabled -}}
{{- $consumer := kebabcase $key -}}
{{- range $svc.kafka.produces -}}
{{- $_ := set $topics . (dict "kind" "events" "partitions" $cfg.partitions "config" $cfg.config) -}}
{{- end -}}
{{- range $topic := $svc.kafka.consumes -}}
{{- $_ := set $topics $topic (dict "kind" "events" "partitions" $cfg.partitions "config" $cfg.config) -}}
{{- range $delay := $cfg.retryDelaysMs -}}
{{- $_ := set $topics (printf "%s.%s_retry_%d" $topic $consumer (int64 $delay)) (dict "kind" "retry" "partitions" $cfg.retryPartitions "config" $cfg.retryConfig) -}}
{{- end -}}
{{- $_ := set $topics (printf "%s.%s.dlq" $topic $consumer) (dict "kind" "dead-letter" "partitions" $cfg.retryPartitions "config" $cfg.deadLetterConfig) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- toJson $topics -}}
{{- end -}}
