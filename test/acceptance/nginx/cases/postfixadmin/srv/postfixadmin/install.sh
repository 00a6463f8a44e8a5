#!/bin/bash
# installs composer, runs composer install, creates templates_c
