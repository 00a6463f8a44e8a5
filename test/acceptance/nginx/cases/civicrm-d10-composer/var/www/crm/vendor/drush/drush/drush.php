#!/usr/bin/env php
<?php
// drush launcher (stand-in)
