#!/usr/bin/env php
<?php
// Placeholder: bin/gc.sh
