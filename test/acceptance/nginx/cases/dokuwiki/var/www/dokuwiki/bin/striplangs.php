#!/usr/bin/env php
<?php
// CLI tool (placeholder)
