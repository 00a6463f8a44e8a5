#!/bin/sh
# stand-in: starts Solr
