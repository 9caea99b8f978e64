#!/usr/bin/env bash
# Renders every overlay into deploy/k8s/rendered/<overlay>.yaml with `kubectl kustomize` (no cluster
# needed). The validation tests (deploy/k8s-validation) check those files, and check that they are
# current wherever kubectl is installed. Run this after changing anything under deploy/k8s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p rendered
for overlay in overlays/*/; do
  name="$(basename "$overlay")"
  kubectl kustomize "$overlay" > "rendered/$name.yaml"
  echo "rendered/$name.yaml: $(grep -c '^kind:' "rendered/$name.yaml") objects"
done
