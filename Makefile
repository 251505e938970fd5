# Briefing: `make site` builds the sample site, `make test` runs every test.
SWIFT ?= swift
CONTENT ?= Content
TEMPLATES ?= Templates
OUTPUT ?= Output

.PHONY: site test deps release clean bench bench-analysis bench-serve bench-linear

## Install the system packages Briefing needs, when missing (libcmark-dev through apt-get).
deps:
	@sh scripts/install-deps.sh

## Build the release binary and write the sample site to Output/.
site: release
	.build/release/briefing build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)
	@echo "Open $(CURDIR)/$(OUTPUT)/index.html in a browser, or put $(OUTPUT)/ on any web server."

release: deps
	$(SWIFT) build -c release --product briefing

## Build everything, build the sample site into a temporary folder and check its links, then run every test.
test: deps
	$(SWIFT) build --build-tests
	site=$$(mktemp -d) && trap 'rm -rf "$$site"' EXIT && \
		.build/debug/briefing build --content $(CONTENT) --templates $(TEMPLATES) --output "$$site" && \
		.build/debug/briefing check "$$site"
	$(SWIFT) test

## Build generated sites of BENCH_SIZES articles with Briefing, Hugo and cmark, pair by pair, BENCH_RUNS times each,
## then time Briefing's rebuilds; prints Markdown tables (a benchmark, not a test: about 30 minutes at 10,000).
BENCH_SIZES ?= 1000 10000
BENCH_RUNS ?= 3
bench: release
	@sh scripts/install-bench-deps.sh
	@for size in $(BENCH_SIZES); do \
		site=$$(mktemp -d) && \
		python3 Benchmarks/generate-articles.py $$size "$$site" >&2 && \
		python3 Benchmarks/compare.py "$$site" --briefing .build/release/briefing --runs $(BENCH_RUNS); \
		status=$$?; rm -rf "$$site"; [ $$status -eq 0 ] || exit $$status; echo; \
	done

## Time the analysis of the sample articles in a release build (a benchmark, not a test).
bench-analysis: deps
	$(SWIFT) build -c release --product AnalysisBenchmark
	.build/release/AnalysisBenchmark

## Check that each build step's time grows linearly with its input (double the input, the time roughly doubles).
bench-linear: release
	python3 Benchmarks/linearity.py --briefing .build/release/briefing

## Time `briefing serve` from saving one article to the reload event, in a generated site of BENCH_ARTICLES articles.
BENCH_ARTICLES ?= 1000
bench-serve: release
	site=$$(mktemp -d) && trap 'rm -rf "$$site"' EXIT && \
		python3 Benchmarks/generate-articles.py $(BENCH_ARTICLES) "$$site" && cp -R $(TEMPLATES) "$$site/Templates" && \
		python3 Benchmarks/serve-reload.py .build/release/briefing "$$site" --edits 10

clean:
	rm -rf .build
