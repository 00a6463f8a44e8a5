#!/usr/bin/env php
<?php
// Placeholder: bin/update.sh
