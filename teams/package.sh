#!/usr/bin/env bash
# Builds the Teams app package to upload: teams/manifest.json with the bot's app id and the service's
# address filled in, and the two icons, zipped (manifest.json at the top of the zip, as Teams requires).
# Usage: teams/package.sh TEAMS_APP_ID https://quotable.your-org.example [OUT.zip]   (from the repository root;
#        default OUT: target/quotable-teams.zip). The icons come from `java teams/Icons.java`.
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: teams/package.sh TEAMS_APP_ID https://your-quotable-host [OUT.zip]"
app_id=${1:?$usage}
url=${2:?$usage}
out=$(realpath -m "${3:-target/quotable-teams.zip}")
if [[ ! $app_id =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "TEAMS_APP_ID must be the bot's Microsoft app id, a GUID like 7f3c2d1e-5a4b-4c3d-9e8f-0123456789ab" >&2; exit 2
fi
if [[ ! $url =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?/?$ ]]; then
  echo "the address must be the service's https:// address, e.g. https://quotable.your-org.example" >&2; exit 2
fi
url=${url%/}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s/00000000-0000-0000-0000-000000000000/$app_id/g" -e "s#https://quotable.example.org#$url#g" teams/manifest.json > "$work/manifest.json"
cp teams/color.png teams/outline.png "$work/"
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$work" && jar --create --no-manifest --file "$out" manifest.json color.png outline.png)
echo "$out: upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center"
