#!/usr/bin/env bash
# The component tests once more on React 18.3 (the low end of the peer range), installed without
# saving: package.json and the lock file stay as they are, and `npm ci` afterwards puts React 19
# back so whatever runs next is on the locked versions. `--no-restore` skips that for a last step
# (CI runs this one last). The tests run in the caller's TZ, UTC when it sets none.
set -euo pipefail
cd "$(dirname "$0")/../.."

restore() { npm ci --no-audit --no-fund >/dev/null; }
if [ "${1:-}" != "--no-restore" ]; then trap restore EXIT; fi

npm install --no-save --no-audit --no-fund react@18.3.1 react-dom@18.3.1 @types/react@18.3.32 @types/react-dom@18.3.7
node -e "const v = require('react/package.json').version; if (!v.startsWith('18.3.')) { console.error('expected React 18.3, got ' + v); process.exit(1); } console.log('React ' + v + ', react-dom ' + require('react-dom/package.json').version);"
TZ="${TZ:-UTC}" npx vitest run test/component
