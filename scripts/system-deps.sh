#!/usr/bin/env bash
# System packages the tests need, installed only when missing.
set -euo pipefail

# Headless Chromium for the browser tests (tests/test_web_browser.py drive it with Playwright;
# Debian's package, never a browser downloaded by Playwright).
if [ ! -x /usr/bin/chromium ]; then
    echo "system-deps: installing chromium" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq chromium >/dev/null
fi

# PostgreSQL server for the store tests (scripts/run-tests.sh starts a throw-away cluster on
# 127.0.0.1); Debian's package, installed only when no initdb is found.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
    echo "system-deps: installing postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
fi
