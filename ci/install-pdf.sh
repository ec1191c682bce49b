#!/bin/sh
# What the PDF step needs on Debian or Ubuntu, installed the same way wherever PerfPublish builds a PDF: this
# repository's CI and `build.ps1 install-pdf`, and the CI files `perfpublish init` writes for an office (copied
# there as .ci/install-pdf.sh). One script, so an office's PDF is set in the same fonts as ours.
#   LibreOffice Writer (headless) lays the Word file out and prints the PDF.
#   The Fandol fonts (FandolFang, FandolKai, FandolHei, FandolSong; GPL with the font exception) are a real
#   仿宋, 楷体, 黑体 and 宋体, which templates/pdf-fonts.conf prefers where the official fonts are missing.
#   Debian ships them only inside texlive-lang-chinese (50 MB of TeX): the package is downloaded and only the
#   four families with their README and licence are taken out; nothing of TeX is installed. Noto CJK and AR PL
#   UKai are the fallbacks the same file names.
# Usage: sh install-pdf.sh [--cache FOLDER] [more Debian packages]
#   --cache FOLDER keeps the downloaded .deb files there (CI caches that folder between runs: the packages are
#   then installed without downloading them again).
set -eu

cache=""
if [ "${1:-}" = "--cache" ]; then cache="$2"; shift 2; fi
as_root=""
if [ "$(id -u)" -ne 0 ]; then as_root="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

archives=""
if [ -n "$cache" ]; then
  mkdir -p "$cache/partial"
  cache="$(cd "$cache" && pwd)"
  archives="-o Dir::Cache::Archives=$cache"
fi

$as_root apt-get update -qq
# shellcheck disable=SC2086 # $archives is one option or none
$as_root apt-get install -y -qq $archives libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai fonts-liberation2 poppler-data "$@"

fonts=/usr/local/share/fonts/fandol
work="$(mktemp -d)"
chmod 755 "$work" # apt-get download runs as _apt when root
trap 'rm -rf "$work"' EXIT
package="$(ls "${cache:-/nonexistent}"/texlive-lang-chinese_*.deb 2>/dev/null | head -n 1 || true)"
if [ -z "$package" ]; then
  (cd "$work" && apt-get download -qq texlive-lang-chinese)
  package="$(ls "$work"/texlive-lang-chinese_*.deb | head -n 1)"
  if [ -n "$cache" ]; then cp "$package" "$cache/"; fi
fi
mkdir -p "$work/extracted"
dpkg-deb --fsys-tarfile "$package" | tar -x -C "$work/extracted" --wildcards \
  './usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/Fandol[FHKS]*.otf' './usr/share/doc/texlive-doc/fonts/fandol/*'
find "$work/extracted" -type f -exec $as_root install -D -m 644 -t "$fonts" {} +

# FandolSong-Bold and FandolHei-Bold declare the regular weight (OS/2 400), so fontconfig and LibreOffice could
# not tell them from the regular files: a scan rule gives them the bold weight.
cat > "$work/65-fandol-weights.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- install-pdf.sh: the Bold files of FandolSong and FandolHei declare the regular weight. -->
<fontconfig>
  <match target="scan"><test name="family"><string>FandolSong</string></test><test name="style"><string>Bold</string></test><edit name="weight" mode="assign"><const>bold</const></edit></match>
  <match target="scan"><test name="family"><string>FandolHei</string></test><test name="style"><string>Bold</string></test><edit name="weight" mode="assign"><const>bold</const></edit></match>
</fontconfig>
CONF
$as_root install -D -m 644 "$work/65-fandol-weights.conf" /etc/fonts/conf.d/65-fandol-weights.conf
$as_root fc-cache -f "$fonts"
echo "LibreOffice and the PDF fonts are installed; Fandol, its README and licence (COPYING.gz) in $fonts"
