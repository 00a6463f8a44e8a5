#!/usr/bin/env php
<?php
// Placeholder: bin/installto.sh
