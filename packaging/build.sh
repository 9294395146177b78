#!/usr/bin/env bash
# Builds the Linux app image and the .deb from target/werkbank.jar: `./mvnw -Ppackage package` runs it
# after the jar is made (packaging/README.md, docs/decisions/0019). Usage: packaging/build.sh VERSION
#
#   target/jpackage/runtime          the runtime: jlink, the modules the jar needs (jdeps) and the
#                                    services it loads by name
#   target/jpackage/werkbank         the app image, with its class-data archive made here
#   target/werkbank_VERSION-1_amd64.deb  the package (installs into /opt/werkbank)
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: packaging/build.sh VERSION}
jar=target/werkbank.jar
work=$PWD/target/jpackage
image=$work/werkbank

for tool in jdeps jlink jpackage fakeroot dpkg-deb; do
  if ! command -v "$tool" >/dev/null; then
    echo "packaging/build.sh: $tool is missing (Debian: apt-get install openjdk-17-jdk fakeroot dpkg-dev)" >&2
    exit 1
  fi
done
# the training start opens the window: on Xvfb where there is one, else on the display
if command -v xvfb-run >/dev/null; then
  display=(xvfb-run -a -s "-screen 0 1280x800x24")
elif [ -n "${DISPLAY:-}" ]; then
  display=()
else
  echo "packaging/build.sh: the training start needs a display: apt-get install xvfb" >&2
  exit 1
fi
[ -f "$jar" ] || { echo "packaging/build.sh: no $jar (run ./mvnw -Ppackage package)" >&2; exit 1; }

rm -rf "$work" target/werkbank_*.deb
mkdir -p "$work/input"
cp "$jar" "$work/input/"

echo "[packaging] modules (jdeps)"
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 -q "$jar")
# looked up by name, which jdeps cannot see: German number and date formats, the code pages a
# shapefile's .cpg names
modules="$modules,jdk.localedata,jdk.charsets"
echo "[packaging] runtime: $modules"
# bin/java stays: the .deb's postinst makes the installed class-data archive with it
jlink --add-modules "$modules" --include-locales=de,en --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$work/runtime"
java="$work/runtime/bin/java"

# the window's options, as WindowJvm gives them to the window's JVM under java -jar, and the image's
# archive: the image's launcher starts its JVM with them, so its window runs in that JVM
mapfile -t options < <("$java" -cp "$jar" de.werkbank.app.WindowJvm)
options+=('-XX:SharedArchiveFile=$APPDIR/werkbank.jsa')

echo "[packaging] app image"
jpackage --type app-image --name werkbank --app-version "$version" --dest "$work" \
  --runtime-image "$work/runtime" --input "$work/input" --main-jar werkbank.jar \
  --main-class de.werkbank.app.Launcher --icon packaging/icons/werkbank-256.png \
  --description "Werkzeugkatalog und Werkstattplan für das Demografie-Team eines Kreises" \
  --vendor "Werkbank" --java-options "${options[*]}"
mkdir -p "$image/lib/icons"
cp packaging/icons/werkbank-*.png "$image/lib/icons/"
cp packaging/linux/werkbank.desktop "$image/lib/"

echo "[packaging] training start (the classes a start loads)"
training=$work/training
mkdir -p "$training"
"${display[@]}" "$java" "${options[@]:0:2}" -Dwerkbank.probe.firstFrame=true \
  -Dwerkbank.cacheDir="$training/cache" -Dwerkbank.logDir="$training/log" \
  -XX:DumpLoadedClassList="$training/classes.lst" -cp "$image/lib/app/werkbank.jar" \
  de.werkbank.app.Launcher --store "$training/store" > "$training/out.txt" 2>&1 || true
if ! grep -q WERKBANK_FIRST_FRAME "$training/out.txt"; then
  echo "packaging/build.sh: the training start showed no first frame:" >&2
  cat "$training/out.txt" >&2
  exit 1
fi
cp "$training/classes.lst" "$image/lib/app/werkbank.classlist"

echo "[packaging] .deb"
jpackage --type deb --app-image "$image" --name werkbank --app-version "$version" --dest target \
  --resource-dir packaging/linux --linux-package-name werkbank --linux-app-category office \
  --linux-deb-maintainer "werkbank@example.invalid" --linux-package-deps libgtk-3-0 \
  --description "Werkzeugkatalog und Werkstattplan für das Demografie-Team eines Kreises"

echo "[packaging] the image's class-data archive"
app=$image/lib/app
"$java" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$app/werkbank.classlist" \
  -XX:SharedArchiveFile="$app/werkbank.jsa" -cp "$app/werkbank.jar" > "$training/dump.txt" 2>&1
ls -l target/werkbank_*.deb
