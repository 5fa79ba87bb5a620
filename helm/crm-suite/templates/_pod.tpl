{{/* Pod-level security context; a field set to null in values is left to the platform. */}}
{{- define "crm.podSecurityContext" -}}
{{- $c := .Values.podSecurityContext -}}
runAsNonRoot: {{ $c.runAsNonRoot }}
{{- if not (kindIs "invalid" $c.runAsUser) }}
runAsUser: {{ $c.runAsUser }}
{{- end }}
{{- if not (kindIs "invalid" $c.runAsGroup) }}
runAsGroup: {{ $c.runAsGroup }}
{{- end }}
{{- if not (kindIs "invalid" $c.fsGroup) }}
fsGroup: {{ $c.fsGroup }}
{{- end }}
seccompProfile:
  type: {{ $c.seccompProfile.type }}
{{- end -}}

{{- define "crm.containerSecurityContext" -}}
{{- $c := .Values.containerSecurityContext -}}
runAsNonRoot: {{ $c.runAsNonRoot }}
allowPrivilegeEscalation: {{ $c.allowPrivilegeEscalation }}
privileged: {{ $c.privileged }}
readOnlyRootFilesystem: {{ $c.readOnlyRootFilesystem }}
capabilities:
  drop:
    {{- toYaml $c.capabilities.drop | nindent 4 }}
seccompProfile:
  type: {{ $c.seccompProfile.type }}
{{- end -}}

{{/* podAntiAffinity for the soft or hard preset, spreading a service's pods across nodes. Context: service ctx + preset. */}}
{{- define "crm.podAntiAffinity" -}}
{{- if eq .preset "hard" -}}
requiredDuringSchedulingIgnoredDuringExecution:
  - topologyKey: kubernetes.io/hostname
    labelSelector:
      matchLabels:
        {{- include "crm.selectorLabels" . | nindent 8 }}
{{- else -}}
preferredDuringSchedulingIgnoredDuringExecution:
  - weight: 100
    podAffinityTerm:
      topologyKey: kubernetes.io/hostname
      labelSelector:
        matchLabels:
          {{- include "crm.selectorLabels" . | nindent 10 }}
{{- end -}}
{{- end -}}

{{/* One egress rule: the target's peers (or the default peer when none is set; none at all: any destination) on
its TCP ports. Context: target (to, ports), default (a peer, optional). */}}
{{- define "crm.egressRule" -}}
{{- $to := .target.to | default (ternary (list .default) (list) (not (empty .default))) -}}
- {{- with $to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  ports:
    {{- range .target.ports }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
{{- end -}}
