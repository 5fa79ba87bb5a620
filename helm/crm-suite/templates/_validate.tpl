{{/* Checks across values that the schema cannot express; rendered (as nothing) by deployment.yaml. */}}
{{- define "crm.validate" -}}
{{- if and .Values.ingress.enabled .Values.httpRoute.enabled -}}
{{- fail "choose one exposure of the gateway: ingress.enabled or httpRoute.enabled, not both" -}}
{{- end -}}
{{- if and (or .Values.ingress.enabled .Values.httpRoute.enabled) (not (and .Values.services.gateway .Values.services.gateway.enabled)) -}}
{{- fail "ingress / httpRoute expose services.gateway, which is not enabled" -}}
{{- end -}}
{{- range $key, $svc := .Values.services -}}
{{- if and $svc.enabled $svc.database.enabled (not $svc.database.name) -}}
{{- fail (printf "services.%s.database.name is required when its database is enabled" $key) -}}
{{- end -}}
{{- end -}}
{{- if and .Values.kafka.strimzi.users.enabled (not (hasPrefix "SASL_" .Values.kafka.securityProtocol)) -}}
{{- fail "kafka.strimzi.users.enabled creates SCRAM-SHA-512 users: set kafka.securityProtocol to SASL_SSL (or SASL_PLAINTEXT)" -}}
{{- end -}}
{{- end -}}
