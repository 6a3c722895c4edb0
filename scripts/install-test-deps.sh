#!/usr/bin/env bash
# Installs what the tests need from Debian's packages: Chromium for the browser
# tests (Playwright drives /usr/bin/chromium; it never downloads a browser) and
# poppler-utils (pdftotext, pdftoppm) for the PDF export tests.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
  echo "test dependencies present: chromium, poppler-utils"
  exit 0
fi
echo "installing: ${need[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
