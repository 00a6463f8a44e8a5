#!/usr/bin/env php
<?php
// CLI script (stub)
