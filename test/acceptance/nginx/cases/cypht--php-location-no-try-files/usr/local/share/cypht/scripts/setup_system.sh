#!/bin/sh
# create /var/lib/hm3 folders
