#!/usr/bin/env bash
# Renders every icon file from werkbank.svg: the PNGs desktops use (icons/werkbank-N.png), the Windows
# icon (werkbank.ico) and the macOS icon (werkbank.icns). The results are committed; run this after
# changing the SVG. Needs rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" werkbank.svg -o "icons/werkbank-$size.png"
done
convert icons/werkbank-{16,24,32,48,64,128,256}.png werkbank.ico
png2icns werkbank.icns icons/werkbank-{16,32,48,128,256,512}.png >/dev/null
