#!/usr/bin/env python3
# poller-wrapper (stub)
