#!/bin/sh
cp .env.setup .env
