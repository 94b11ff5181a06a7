#!/usr/bin/env bash
# Debian packages the tests use: LibreOffice Writer (docx → PDF) and Calc (reading back written
# workbooks), poppler (pdftotext, pdftoppm), and
# free stand-ins for the GB/T 9704 faces (仿宋_GB2312, 楷体_GB2312, 黑体, 宋体, 方正小标宋简体,
# Times New Roman) with a fontconfig alias file, so rendered documents show real Chinese glyphs.
# Idempotent: a second run does no network work and takes well under a second.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
missing=()
export DEBIAN_FRONTEND=noninteractive
updated=0
apt_install() {
  if [ "$updated" = 0 ]; then apt-get update -qq; updated=1; fi
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

for pkg in libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done

for pkg in fonts-noto-cjk fonts-arphic-ukai fonts-liberation fontconfig; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
# Node.js + npm for the independent MIME parsers of tests/mail (any install of node will do)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
fi

# FandolFang / FandolKai (GPL with font exception) come inside texlive-lang-chinese: unpack only
# that .deb and copy the two faces, instead of installing TeX Live.
fandol_dir=/usr/local/share/fonts/kjreport-fandol
fonts_changed=0
if [ ! -f "$fandol_dir/FandolFang-Regular.otf" ] || [ ! -f "$fandol_dir/FandolKai-Regular.otf" ]; then
  if [ "$updated" = 0 ]; then apt-get update -qq; updated=1; fi
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get download -qq texlive-lang-chinese >/dev/null 2>&1)
  dpkg -x "$tmp"/texlive-lang-chinese_*.deb "$tmp/x"
  mkdir -p "$fandol_dir"
  src="$tmp/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
  cp "$src/FandolFang-Regular.otf" "$src/FandolKai-Regular.otf" "$fandol_dir/"
  rm -rf "$tmp"
  fonts_changed=1
fi

conf=65-kjreport-gbt9704.conf
if ! cmp -s "$here/fonts/$conf" "/etc/fonts/conf.d/$conf"; then
  install -m 0644 "$here/fonts/$conf" "/etc/fonts/conf.d/$conf"
  fonts_changed=1
fi
if [ "$fonts_changed" = 1 ]; then
  fc-cache -f >/dev/null
fi
