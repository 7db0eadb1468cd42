#!/usr/bin/env node

require("../dist/radic.cjs");
