#!/usr/bin/env bash
# Builds the *effective* config-mapper input set of one API-M release (one distribution) from bare git
# mirrors of WSO2's repositories, for extract-template-keys.mjs. Nothing is built or run; files are
# only read out of git objects.
#
#   scripts/wso2-inventory/assemble-template-set.sh <version> <dist> <outdir>
#     version: 4.5.0 | 4.6.0 | 4.7.0 (and 4.0.0 … 4.4.0, all-in-one only, to validate against the fixture)
#     dist:    aio (wso2am) | acp (wso2am-acp) | gw (wso2am-universal-gw) | tm (wso2am-tm); ≤4.4.0: aio only
#
# Mirrors (README.md, "Mirrors"): bare clones, $MIRRORS/<owner>+<name>/repo, default MIRRORS=/work/.mirror:
#   wso2+product-apim/repo                  git clone --bare https://github.com/wso2/product-apim
#   NaveenSandaruwan+carbon-apimgt/repo     git clone --bare https://github.com/NaveenSandaruwan/carbon-apimgt
#                                           (a public fork carrying the upstream wso2/carbon-apimgt release
#                                           commits unchanged; CARBON_APIMGT=<bare clone of wso2/carbon-apimgt>
#                                           works as well, the commits are read by hash)
#   wso2+carbon-kernel/repo                 git clone --bare https://github.com/wso2/carbon-kernel
#   wso2+carbon-analytics-common/repo       git clone --bare https://github.com/wso2/carbon-analytics-common
#
# Layout written (the output holds WSO2's files: keep it out of this repository):
#   <outdir>/templates/<relative path>.j2   kernel < carbon-analytics-common < carbon-apimgt < product-apim
#                                           (a later layer with the same relative path replaces the earlier)
#   <outdir>/json/<layer>/<file>.json       default / key-mappings / infer / validator / unit-resolve files
#   <outdir>/samples/**/*.toml              the product's shipped deployment.toml (+ deployment-templates)
#   <outdir>/SOURCES.json                   every file above -> "owner/repo@commit:path"
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 <version> <dist> <outdir>" >&2; exit 2; }
version=$1; dist=$2; out=$3
M=${MIRRORS:-/work/.mirror}
PA=${PRODUCT_APIM:-$M/wso2+product-apim/repo}
CA=${CARBON_APIMGT:-$M/NaveenSandaruwan+carbon-apimgt/repo}   # public fork carrying upstream wso2/carbon-apimgt release commits
CK=${CARBON_KERNEL:-$M/wso2+carbon-kernel/repo}
AC=${CARBON_ANALYTICS_COMMON:-$M/wso2+carbon-analytics-common/repo}

# carbon-apimgt release commit (`[WSO2 Release] … prepare release v<carbon.apimgt.version>`), kernel tag and
# analytics-common tag pinned by the product's pom.xml (carbon.apimgt.version, carbon.kernel.version,
# carbon.analytics.common.version) at the release tag.
case "$version" in
  4.0.0) apimgt=14aa6c57649815b7d45916da075acacf55d5bc1d; kernel=v4.6.2;  analytics=v5.2.34 ;;  # 9.0.174 (validation only)
  4.1.0) apimgt=733913f8df4edf582a848b141f85bbf365da9e2c; kernel=v4.6.3;  analytics=v5.2.41 ;;  # 9.20.74 (validation only)
  4.2.0) apimgt=77e0b1ca32da6ab7b4e17c00d46d49889b14bef0; kernel=v4.8.1;  analytics=v5.3.5 ;;   # 9.28.116 (validation only)
  4.3.0) apimgt=fb680d8039da4c690adfcef529529e86683e71cf; kernel=v4.9.26; analytics=v5.3.11 ;;  # 9.29.120 (validation only)
  4.4.0) apimgt=f3adc4d4bf2983b7ae60014eb9cddb24c1c7a6cb; kernel=v4.9.27; analytics=v5.3.15 ;;  # 9.30.67
  4.5.0) apimgt=2a785f8660923f9cf6234c859be1f60d009bfcda; kernel=v4.9.28; analytics=v5.3.20 ;;  # 9.31.86
  4.6.0) apimgt=e62b84c9162066dc198a61f0837538e2cd435fd6; kernel=v4.9.33; analytics=v5.3.27 ;;  # 9.32.147
  4.7.0) apimgt=5600b0a320a7c070aff7311dc29bc3e1a2462e06; kernel=v4.11.18; analytics=v5.4.9 ;;  # 9.33.122
  *) echo "unknown version $version" >&2; exit 2 ;;
esac
if [[ "$version" =~ ^4\.[0-4]\.0$ ]]; then
  [ "$dist" = aio ] || { echo "$version has one distribution (aio)" >&2; exit 2; }
  ptag=v$version; pdir=modules/distribution/product/src/main/resources/conf
else
  case "$dist" in
    aio) ptag=v$version;      pdir=all-in-one-apim ;;
    acp) ptag=v$version-acp;  pdir=api-control-plane ;;
    gw)  ptag=v$version-gw;   pdir=gateway ;;
    tm)  ptag=v$version-tm;   pdir=traffic-manager ;;
    *) echo "unknown dist $dist" >&2; exit 2 ;;
  esac
  # 4.7.0: the mirror has no v4.7.0-{acp,gw,tm} GA tags; the last RC tags are used (for 4.5.0/4.6.0 the
  # GA component tags point at the same commits as their last RC tags).
  if [ "$version" = 4.7.0 ] && [ "$dist" != aio ]; then ptag=v4.7.0-$dist-rc2; fi
  pdir=$pdir/modules/distribution/product/src/main/resources/conf
fi

rm -rf "$out"; mkdir -p "$out/templates" "$out/json"
src="$out/.sources.tsv"; : > "$src"

commit_of() { git --git-dir="$1" rev-parse "$2^{commit}"; }

# take_dir <layer name> <gitdir> <ref> <repo label> <conf dir containing templates/>
take_dir() {
  local name=$1 gd=$2 ref=$3 label=$4 dir=$5
  local c; c=$(commit_of "$gd" "$ref")
  git --git-dir="$gd" ls-tree -r --name-only "$ref" -- "$dir/" | while read -r p; do
    rel=${p#"$dir"/}
    case "$rel" in
      templates/*.j2)
        dest="$out/$rel"; mkdir -p "$(dirname "$dest")"
        git --git-dir="$gd" show "$ref:$p" > "$dest"
        printf '%s\t%s\n' "$rel" "$label@$c:$p" >> "$src" ;;
      deployment-templates/*.toml)
        mkdir -p "$out/samples/deployment-templates"
        git --git-dir="$gd" show "$ref:$p" > "$out/samples/$rel"
        printf '%s\t%s\n' "samples/$rel" "$label@$c:$p" >> "$src" ;;
      *.json)
        case "$rel" in */*) continue ;; esac   # only json files directly in the conf dir
        mkdir -p "$out/json/$name"
        git --git-dir="$gd" show "$ref:$p" > "$out/json/$name/$rel"
        printf '%s\t%s\n' "json/$name/$rel" "$label@$c:$p" >> "$src" ;;
    esac
  done
}

# 1. kernel
take_dir kernel "$CK" "$kernel" wso2/carbon-kernel distribution/kernel/carbon-home/repository/resources/conf
# 2. carbon-analytics-common features (each feature's conf_templates)
for d in $(git --git-dir="$AC" ls-tree -r --name-only "$analytics" | grep '/src/main/resources/conf_templates/' | grep -v '/test/' \
           | sed 's#/conf_templates/.*#/conf_templates#' | sort -u); do
  take_dir analytics "$AC" "$analytics" wso2/carbon-analytics-common "$d"
done
# 3. carbon-apimgt core feature
take_dir apimgt "$CA" "$apimgt" wso2/carbon-apimgt features/apimgt/org.wso2.carbon.apimgt.core.feature/src/main/resources/conf_templates
# 4. product-apim distribution
take_dir product "$PA" "$ptag" wso2/product-apim "$pdir"

# 5. the product's shipped deployment.toml (type hints only)
shipped=${pdir%/resources/conf}/conf/deployment.toml
mkdir -p "$out/samples"
git --git-dir="$PA" show "$ptag:$shipped" > "$out/samples/deployment.toml"
printf '%s\t%s\n' "samples/deployment.toml" "wso2/product-apim@$(commit_of "$PA" "$ptag"):$shipped" >> "$src"

# last writer wins (same relative path): keep the last line per file, sorted by file
node - "$src" "$out/SOURCES.json" "$version" "$dist" "$ptag" <<'JS'
const fs = require('fs');
const [tsv, target, version, distribution, productTag] = process.argv.slice(2);
const eff = new Map();
for (const line of fs.readFileSync(tsv, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const [k, v] = line.split('\t');
  eff.set(k, v);
}
const files = Object.fromEntries([...eff].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const json = JSON.stringify({ version, distribution, product_tag: productTag, files }, null, 1);
fs.writeFileSync(target, json);
JS
rm -f "$src"
echo "assembled $version/$dist from $ptag into $out ($(find "$out/templates" -name '*.j2' | wc -l) templates)"
