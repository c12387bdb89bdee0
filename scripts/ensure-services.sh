#!/usr/bin/env bash
# Starts PostgreSQL and Redis on this machine when they are down, and creates the test database
# with a UTF-8 character type: under LC_CTYPE=C, lower('ĐỒNG NAI') keeps the capitals and
# trigram indexes drop every Vietnamese letter.
set -euo pipefail
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
DB_NAME="${VNNEWS_TEST_DB:-vnnews_test}"

if ! pg_isready -h "$PGHOST" -p "$PGPORT" -q 2>/dev/null; then
  echo "ensure-services: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 30); do pg_isready -h "$PGHOST" -p "$PGPORT" -q && break; sleep 1; done
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "ensure-services: starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis-cli ping >/dev/null 2>&1 && break; sleep 1; done
fi

ctype=$(psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -Atc \
  "select datctype from pg_database where datname = '$DB_NAME'")
if [ -n "$ctype" ] && [ "$ctype" != "C.UTF-8" ] && [ "$ctype" != "C.utf8" ] && [[ "$ctype" != *UTF-8* ]] && [[ "$ctype" != *utf8* ]]; then
  echo "ensure-services: $DB_NAME has LC_CTYPE=$ctype, recreating it with C.UTF-8"
  psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qc "drop database \"$DB_NAME\" with (force)"
  ctype=""
fi
if [ -z "$ctype" ]; then
  psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qc \
    "create database \"$DB_NAME\" encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"
fi
echo "ensure-services: PostgreSQL and Redis are up; test database $DB_NAME is UTF-8"
