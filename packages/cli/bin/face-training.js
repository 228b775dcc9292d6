#!/usr/bin/env node
// The `face-training` command. A committed file rather than dist/bin.js itself, so that it
// exists when pnpm links bins at install, before the first build.
import "../dist/bin.js";
