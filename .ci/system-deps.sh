#!/usr/bin/env bash
# Debian packages the tests use: LibreOffice (docx → PDF), poppler (pdftotext, pdftoppm).
set -euo pipefail
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils >/dev/null
fi
