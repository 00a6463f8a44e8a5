#!/bin/sh
# stand-in
