# CRM suite — see README.md. `make run` starts everything; `make test` runs every test.
SHELL := bash
.DEFAULT_GOAL := help

JDK := $(shell deploy/local/find-jdk.sh)
ifeq ($(JDK),)
$(error No JDK 21 or newer found: install one (e.g. Temurin 21 or 25) or point JAVA_HOME at it)
endif
export JAVA_HOME := $(JDK)
export PATH := $(JAVA_HOME)/bin:$(PATH)

MVN      := ./mvnw -B -ntp
LAUNCHER := deploy/local/target/crm-local-stack.jar
STACK    := $(JAVA_HOME)/bin/java -jar $(LAUNCHER)

.PHONY: help build launcher run stop infra-up infra-down status logs test bench format clean reset

help: ## list the targets
	@grep -hE '^[a-zA-Z%_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

$(LAUNCHER): $(shell find deploy/local/src deploy/local/pom.xml -type f 2>/dev/null)
	$(MVN) -q -pl deploy/local package -DskipTests

launcher: $(LAUNCHER) ## build the local stack launcher (fetches the PostgreSQL, Kafka, Keycloak and SMTP servers)

build: ## build every module and service (no tests)
	$(MVN) install -DskipTests

run: build ## start the whole suite with its real infrastructure; Ctrl-C stops everything
	@$(STACK) run all || [ $$? -eq 130 ] # 130 = stopped with Ctrl-C

stop: ## stop everything the local stack started
	@if [ -f $(LAUNCHER) ]; then $(STACK) stop all; fi

infra-up: $(LAUNCHER) ## start PostgreSQL, Kafka, Keycloak and SMTP only (for `quarkus:dev` of one service)
	$(STACK) start infra
	@echo; echo "Export the stack's addresses with:  eval \"\$$($(STACK) env)\""

infra-down: ## stop the infrastructure
	@if [ -f $(LAUNCHER) ]; then $(STACK) stop infra; fi

start-%: $(LAUNCHER) ## start one component: postgres, kafka, keycloak, smtp or a service name
	$(STACK) start $*

stop-%: ## stop one component
	$(STACK) stop $*

status: $(LAUNCHER) ## state, pid and URL of every component
	@$(STACK) status

logs: $(LAUNCHER) ## where each component logs
	@$(STACK) logs

test: $(LAUNCHER) ## every test: unit, integration and end-to-end, against real servers it starts and stops itself
	deploy/local/with-stack.sh infra -- $(MVN) install

bench: $(LAUNCHER) ## benchmarks (infrastructure start, outbox relay, …); results printed as tables
	deploy/local/bench/infra-start.sh
	deploy/local/with-stack.sh infra -- $(MVN) -Pbench install

format: ## apply the code format the build enforces
	$(MVN) -q spotless:apply

reset: $(LAUNCHER) ## stop everything and delete the local state (databases, Kafka, Keycloak data, demo content marker); builds stay
	$(STACK) stop all
	rm -rf .local
	@echo "Local state deleted: the next \`make run\` starts with empty databases and loads the demo content again."

clean: ## stop everything, delete build output and all local state (.local)
	@if [ -f $(LAUNCHER) ]; then $(STACK) stop all; fi
	$(MVN) -q clean
	rm -rf .local
