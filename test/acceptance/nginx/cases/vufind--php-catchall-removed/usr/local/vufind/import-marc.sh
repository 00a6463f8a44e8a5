#!/bin/sh
# stand-in: imports MARC records with SolrMarc
