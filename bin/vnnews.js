#!/usr/bin/env node
// natural loads dotenv, which prints to stdout unless told to be quiet; stdout carries JSONL.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../cli/main.ts');
