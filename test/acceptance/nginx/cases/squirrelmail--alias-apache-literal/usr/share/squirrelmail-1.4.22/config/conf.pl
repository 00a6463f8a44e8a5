#!/usr/bin/env perl
