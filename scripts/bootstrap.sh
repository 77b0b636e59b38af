#!/usr/bin/env bash
# Installs the Debian 12 packages kennis needs to build, test, benchmark and run.
# Idempotent: installs only what is missing. Needs root (or sudo) and Debian's archive.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake pkg-config ninja-build git ca-certificates curl
  # core: search engine, text analysis, JSON, HTTP, CLI, config
  libxapian-dev xapian-tools libicu-dev nlohmann-json3-dev libvalijson-dev
  libcpp-httplib-dev libssl-dev openssl libcli11-dev libtomlplusplus-dev libyaml-cpp-dev libcld2-dev
  libhunspell-dev hunspell-nl hunspell-de-de liblingua-stopwords-perl
  # connectors: archives, CSV, documents, mail, charsets, directories, fingerprints
  libarchive-dev libzip-dev libcsv-dev libxml2-dev libpoppler-cpp-dev libgmime-3.0-dev
  libuchardet-dev libcmark-dev libldap-dev libxxhash-dev slapd ldap-utils
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev wrk hyperfine strace python3
  # the sanitized test pass and the fuzzers: Debian's Clang with its sanitizer and libFuzzer
  # runtimes (libclang-rt-14-dev), llvm for llvm-symbolizer (readable sanitizer stack traces)
  clang libclang-rt-14-dev llvm
  # bench/eval-experts reads the stored records of an index
  python3-xapian
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "bootstrap: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# slapd is only started by the tests, on a loopback port with their own configuration.
echo "slapd slapd/no_configuration boolean true" | $SUDO debconf-set-selections
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
