# Matching: the two commands a newcomer needs are `make run` and `make test` (see README.md).
SHELL := /bin/bash
DOTNET ?= dotnet
VACANCY ?= VAC-0034
PARTY ?= GM0148
TOP ?= 10
EVAL_ARGS ?=
GRPC ?= http://127.0.0.1:5081
REST ?= http://127.0.0.1:5080
BUF := contracts/node_modules/.bin/buf
PLAYWRIGHT := tests/browser/node_modules/playwright-core/package.json
K8S_VALIDATOR := tests/k8s/node_modules/kubernetes-models/package.json

IMAGE_TAG ?= 0.1.0
IMAGE_REGISTRY ?=
IMAGE_PROJECTS := services/Vacancies.Api services/Candidates.Api services/Matching.Api services/Matching.Cli $(wildcard services/Matching.Workbench)

# One data root for make run, make train, make fairness and make outbox: data/ at the repository root (ignored by git),
# or DATA=/some/folder. Every path is passed absolute, so it does not depend on the directory dotnet runs a project in.
DATA ?= data
DATA_ROOT := $(abspath $(DATA))
DATA_SETTINGS := --Search:DataDirectory=$(DATA_ROOT)/index --Outbox:Path=$(DATA_ROOT)/outbox.db \
	--Ledger:Path=$(DATA_ROOT)/matching/ledger.db \
	--Learning:DataDirectory=$(DATA_ROOT)/matching/learning --Learning:ModelsDirectory=$(DATA_ROOT)/models \
	--Workbench:KeysDirectory=$(DATA_ROOT)/workbench-keys

.PHONY: images k8s-validate up run rank vacancies weekdate test bench bench-smoke build restore lint-proto tools clean train fairness outbox eval

## run: restore, build and start the all-in-one host on 127.0.0.1 (REST :5080, gRPC :5081) in demo mode (demo keys and data)
run:
	$(DOTNET) run --project services/Matching.Host -c Release -- --Demo:Enabled=true --Endpoints:BindAddress=127.0.0.1 $(DATA_SETTINGS)

## outbox: the writes parked after their attempts (dead letters) in $(DATA)/outbox.db (POSTGRES='Host=...' for the replicas' shared database); REPLAY=<sequence> or REPLAY=all puts them back in the queue
REPLAY ?=
outbox:
	@$(DOTNET) run --project services/Matching.Host -c Release -- outbox $(if $(REPLAY),replay $(REPLAY),list) --db $(DATA_ROOT)/outbox.db $(if $(POSTGRES),--postgres "$(POSTGRES)")

## rank: rank candidates for a vacancy over gRPC, e.g. make rank VACANCY=VAC-0003 PARTY=GM0175
rank:
	@$(DOTNET) run --project services/Matching.Cli -c Release -- rank --vacancy $(VACANCY) --party $(PARTY) --top $(TOP) --grpc $(GRPC)

## vacancies: list open vacancies of the running service
vacancies:
	@$(DOTNET) run --project services/Matching.Cli -c Release -- vacancies --rest $(REST)

## weekdate: generate the weekdate list over gRPC into out/weekdate, e.g. make weekdate WEEK=2026-W48 PARTY=GM0148 (WEEK empty: current week)
WEEK ?=
weekdate:
	@$(DOTNET) run --project services/Matching.Cli -c Release -- weekdate --party $(PARTY) $(if $(WEEK),--week $(WEEK)) --out out/weekdate --grpc $(GRPC)

## train: (POSTGRES='Host=...' for the replicas' shared database instead of the files) train LightGBM/FastTree rankers on the recorded outcomes (data/matching/learning) and print NDCG@5/@10 against the transparent scorer; with too few outcomes, on a clearly labelled SYNTHETIC history
train:
	@$(DOTNET) run --project services/Matching.Training -c Release -- train --data $(DATA_ROOT)/matching/learning --models $(DATA_ROOT)/models $(if $(POSTGRES),--postgres "$(POSTGRES)")

## eval: NDCG@10 and P@3 on the hand-judged set in eval/ for the transparent scorer, the promoted model (if any) and a distance-only baseline
eval:
	@$(DOTNET) run --project eval/Matching.Eval -c Release -- $(EVAL_ARGS)

## fairness: exposure in the top-k versus the eligible pool, and outcomes, per monitored group (four-fifths flag)
fairness:
	@$(DOTNET) run --project services/Matching.Training -c Release -- fairness --top $(TOP) --data $(DATA_ROOT)/matching/learning --models $(DATA_ROOT)/models $(if $(POSTGRES),--postgres "$(POSTGRES)")

## test: install test tools (npm, rabbitmq-server, postgresql), build, lint the protos, validate the k8s overlays (in the tests), start a private
## RabbitMQ node and PostgreSQL server, run every test, stop both; ends with "N passed, N failed, N skipped"
test: tools build lint-proto $(PLAYWRIGHT) $(K8S_VALIDATOR)
	@export RABBITMQ_NODE_DIR=$(CURDIR)/.rabbitmq-node/test POSTGRES_NODE_DIR=$(CURDIR)/.postgres-node/test; \
	trap './scripts/rabbitmq-node.sh stop; ./scripts/postgres-node.sh stop' EXIT; trap 'exit 130' INT TERM; \
	./scripts/rabbitmq-node.sh start || exit 1; \
	./scripts/postgres-node.sh start || exit 1; \
	eval "$$(./scripts/rabbitmq-node.sh env)"; \
	eval "$$(./scripts/postgres-node.sh env)"; \
	./scripts/run-tests.sh

## images: container images of the deployable services (dotnet publish /t:PublishContainer: needs a container engine, or
## IMAGE_REGISTRY=ghcr.io/org to push), tagged IMAGE_TAG (never "latest"); settings in each project file
images:
	@if [ "$(IMAGE_TAG)" = latest ]; then echo "IMAGE_TAG must name a version, not latest" >&2; exit 1; fi
	@for project in $(IMAGE_PROJECTS); do \
		$(DOTNET) publish $$project -c Release /t:PublishContainer -p:ContainerImageTag=$(IMAGE_TAG) \
			$(if $(IMAGE_REGISTRY),-p:ContainerRegistry=$(IMAGE_REGISTRY)) || exit 1; \
	done

## up: a private RabbitMQ node and the vacancy (:5101), candidate (:5102) and matching (gRPC :5103) services as separate processes; Ctrl-C stops all.
## MATCHING_REPLICAS=2: their state in a private PostgreSQL server and a second matching replica (gRPC :5105)
MATCHING_REPLICAS ?= 1
up:
	MATCHING_REPLICAS=$(MATCHING_REPLICAS) ./scripts/up.sh

## bench: Release build, then the benchmarks at BENCH_SIZES candidates (< 15 min on 2 cores); writes
## bench/results/latest.json and latest.md, and compares with the previous latest.json when there is one
BENCH_SIZES ?= 100000,1000000
BENCH_ARGS ?=
BENCH_DLL := bench/Matching.Benchmarks/bin/Release/net10.0/Matching.Benchmarks.dll
bench:
	$(DOTNET) build bench/Matching.Benchmarks -c Release
	@if [ -f bench/results/latest.json ]; then cp bench/results/latest.json bench/results/previous.json; fi
	$(DOTNET) $(BENCH_DLL) --size $(BENCH_SIZES) --out bench/results/latest.json \
		$$([ -f bench/results/previous.json ] && echo --compare bench/results/previous.json) $(BENCH_ARGS)

## bench-smoke: the benchmark at 2k candidates into a temp folder (make test runs the same as a test)
bench-smoke:
	$(DOTNET) build bench/Matching.Benchmarks -c Release
	$(DOTNET) $(BENCH_DLL) --smoke

restore:
	$(DOTNET) restore Matching.sln

build: restore
	$(DOTNET) build Matching.sln --no-restore

## tools: what the tests need beyond the .NET SDK (npm for buf), installed from Debian's packages when missing
tools:
	./scripts/install-test-tools.sh

lint-proto: $(BUF)
	$(BUF) lint contracts/proto

$(BUF): contracts/package.json contracts/package-lock.json
	npm ci --prefix contracts --no-audit --no-fund
	@touch $(BUF)

$(PLAYWRIGHT): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund
	@touch $(PLAYWRIGHT)

# kubectl (for kustomize), kubernetes-models and ajv for tests/Matching.Deployment.Tests: see tests/k8s/package.json.
$(K8S_VALIDATOR): tests/k8s/package.json tests/k8s/package-lock.json
	npm ci --prefix tests/k8s --no-audit --no-fund --legacy-peer-deps
	@touch $(K8S_VALIDATOR)

## k8s-validate: render and validate both overlays (what make test runs as tests)
k8s-validate: $(K8S_VALIDATOR)
	node tests/k8s/validate-overlays.mjs k8s/overlays/single-node k8s/overlays/production

clean:
	$(DOTNET) clean Matching.sln
	rm -rf TestResults
