#!/usr/bin/env bash
# Offline schema validation of the add-in manifest (npm run validate:offline).
# Checks manifest.xml and the production build's dist/manifest.xml (the one with the production
# URL, built here when missing or older than manifest.xml) against Microsoft's XSDs, using
# ../shared/schemas/manifest/validate.sh (xmllint, no network). Fails on any schema error.
# NDR_SHARED_DIR overrides where the shared folder is.
#
# For the Microsoft validation service (needs the network): npm run validate
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${NDR_SHARED_DIR:-$repo/../shared}"
validator="$shared/schemas/manifest/validate.sh"

if [ ! -f "$validator" ]; then
  echo "validate:offline: the schemas are missing: expected $validator" >&2
  echo "  The shared reference folder must sit beside the project (../shared), or set NDR_SHARED_DIR." >&2
  exit 1
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate:offline: xmllint not found. Install it (Debian/Ubuntu: sudo apt-get install libxml2-utils)." >&2
  exit 1
fi

cd "$repo"
if [ ! -f dist/manifest.xml ] || [ manifest.xml -nt dist/manifest.xml ] || grep -q 'https://localhost:3000/' dist/manifest.xml; then
  # With a production URL configured, the real build; without one, a build that says it is never
  # deployed (its manifest points at https://ndr-explainer.invalid/): the schema is the same.
  if [ -n "${ADDIN_PROD_URL:-}${npm_config_prod_url:-}${npm_package_config_prod_url:-}" ]; then
    echo "validate:offline: building production to get dist/manifest.xml …"
    npx --no-install webpack --mode production >/dev/null
  else
    echo "validate:offline: no ADDIN_PROD_URL: building with --env undeployed to get dist/manifest.xml …"
    npx --no-install webpack --mode production --env undeployed >/dev/null
  fi
fi

echo "validate:offline: $(xmllint --version 2>&1 | head -n 1)"
bash "$validator" manifest.xml dist/manifest.xml
echo "validate:offline: manifest.xml and dist/manifest.xml are schema-valid."
