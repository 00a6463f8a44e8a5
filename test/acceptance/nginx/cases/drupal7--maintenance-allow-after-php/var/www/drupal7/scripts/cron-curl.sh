#!/bin/sh
# stub
