#!/bin/sh
# Starts the in-cluster Redis with TLS only and one ACL user per service (docs/kubernetes.md, "Redis").
# Each user reaches only its own key prefix (chatnomina:<service>:) and the shared revocation keys
# (chatnomina:revoked:, RevokedTokens.cs): auth writes sign-in:/token:, users writes user:, every
# API reads them. The `default` user is off; `probe` (a password made at start, for the readiness
# probe only) may only PING. The passwords come from the Secret chatnomina-redis.
set -eu
umask 077
probe=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s' "$probe" >/run/redis/probe-password
# What a service may run: data commands and Lua scripts on its keys, nothing that lists other keys
# (SCAN, KEYS, RANDOMKEY), administers the server or reads its configuration. INFO (server version,
# read by StackExchange.Redis at connect) is allowed; it shows no keys or values. The client may
# subscribe to its configuration channel and read its tie-breaker key, nothing else outside its keys.
cmds='resetkeys resetchannels -@all +@read +@write +@scripting +@transaction +@connection -@dangerous +info +time -scan -randomkey -script|flush -script|kill -function +subscribe &__Booksleeve_MasterChanged %R~__Booksleeve_TieBreak'
cat >/run/redis/users.acl <<ACL
user default off resetkeys resetchannels -@all
user probe on >$probe resetkeys resetchannels -@all +ping
user gateway on >$GATEWAY_PASSWORD $cmds ~chatnomina:gateway:* %R~chatnomina:revoked:*
user auth on >$AUTH_PASSWORD $cmds ~chatnomina:auth:* ~chatnomina:revoked:sign-in:* ~chatnomina:revoked:token:* %R~chatnomina:revoked:*
user users on >$USERS_PASSWORD $cmds ~chatnomina:users:* ~chatnomina:revoked:user:* %R~chatnomina:revoked:*
user payroll on >$PAYROLL_PASSWORD $cmds ~chatnomina:payroll:* %R~chatnomina:revoked:*
user chat on >$CHAT_PASSWORD $cmds ~chatnomina:chat:* %R~chatnomina:revoked:*
ACL
# Revocations must survive a restart and never be evicted (docs/auth.md): append-only file with
# fsync every second, no eviction (a full Redis refuses writes: caches degrade, a revocation is a 503).
exec redis-server --port 0 --tls-port 6379 \
  --tls-cert-file /etc/redis/tls/tls.crt --tls-key-file /etc/redis/tls/tls.key \
  --tls-ca-cert-file /etc/redis/tls/ca.crt --tls-auth-clients no \
  --aclfile /run/redis/users.acl \
  --save "" --appendonly yes --appendfsync everysec --dir /data \
  --maxmemory 256mb --maxmemory-policy noeviction
